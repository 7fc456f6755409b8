using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.ServiceDefaults.Caching;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

/// <summary>
/// The catalogue's pages come from the shared cache (Redis) for anonymous visitors. The stand-in catalogue counts its
/// calls: a page served without one came from the cache. A change to the catalogue is what media-catalog does after
/// every admin change (MediaCatalog.Tests, CatalogueCacheTests): it names a new catalogue generation.
/// </summary>
public sealed class CataloguePageCacheTests : IDisposable
{
    const string Email = "ana@example.org";
    const string ListCall = "/api/media/videos?page=1&pageSize=12";
    const string VideoId = "6f1c0a52-0000-4000-8000-000000000001";
    static readonly string DetailCall = $"/api/media/videos/{VideoId}";

    readonly PortalFactory portal = new();

    public CataloguePageCacheTests()
    {
        ListShows("Lord Robertson visits Kosovo");
        portal.Apis.OnJson(HttpMethod.Get, DetailCall, HttpStatusCode.OK, $$"""
            {"id":"{{VideoId}}","title":"Lord Robertson visits Kosovo","summary":"KFOR reduction.","description":"The visit.",
             "publishedAt":"2002-06-27T00:00:00Z","durationSeconds":95,"topics":["KFOR"],"location":"Kosovo",
             "thumbnailUrl":"/api/media/videos/{{VideoId}}/thumbnail",
             "files":[{"fileId":"6f1c0a52-0000-4000-8000-0000000000f1","label":"Web","container":"mp4","videoCodec":"h264",
                       "width":1280,"height":720,"frameRate":25,"sizeBytes":1000,"sha256":"ab"}]}
            """);
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
    }

    void ListShows(string title) => portal.Apis.OnJson(HttpMethod.Get, ListCall, HttpStatusCode.OK, $$$"""
        {"items":[{"id":"{{{VideoId}}}","title":"{{{title}}}","summary":"KFOR reduction.","publishedAt":"2002-06-27T00:00:00Z",
        "durationSeconds":95,"topics":["KFOR"],"thumbnailUrl":null}],"page":1,"pageSize":12,"total":1,
        "facets":{"topics":[{"value":"KFOR","count":1}],"locations":[],"years":[{"value":"2002","count":1}]}}
        """);

    int Calls(string pathAndQuery) => portal.Apis.Received.Count(r => r.Request.RequestUri!.PathAndQuery == pathAndQuery);

    Task ChangeTheCatalogueAsync() => portal.Services.GetRequiredService<CatalogueGeneration>().BumpAsync();

    [Fact]
    public async Task A_second_anonymous_visit_of_the_home_page_is_served_from_the_cache()
    {
        using var first = await portal.Browser().GetAsync("/");
        using var second = await portal.Browser().GetAsync("/");

        // What makes it the same page for everyone: no cookie set, no form token in it.
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Lord Robertson visits Kosovo", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, Calls(ListCall));
        Assert.NotNull(second.Headers.Age);
        // What every page carries is added to a cached one too.
        Assert.Contains("frame-ancestors 'none'", Assert.Single(second.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task A_second_anonymous_visit_of_a_video_is_served_from_the_cache()
    {
        await portal.Browser().GetStringAsync($"/videos/{VideoId}");
        var html = await portal.Browser().GetStringAsync($"/videos/{VideoId}");

        Assert.Contains("Log in to download", html);
        Assert.Equal(1, Calls(DetailCall));
    }

    [Fact]
    public async Task Every_replica_serves_the_pages_another_one_made()
    {
        using var other = new PortalFactory(new Dictionary<string, string>
        {
            ["Pages:Cache:RedisInstanceName"] = portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.Caching.CataloguePageCacheOptions>>().Value.RedisInstanceName,
            ["Catalogue:Generation:RedisKey"] = portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CatalogueGenerationOptions>>().Value.RedisKey,
        });
        await portal.Browser().GetStringAsync("/");

        var html = await other.Browser().GetStringAsync("/");

        Assert.Contains("Lord Robertson visits Kosovo", html);
        Assert.Empty(other.Apis.Received);
    }

    [Fact]
    public async Task A_change_to_the_catalogue_shows_on_the_next_anonymous_page()
    {
        await portal.Browser().GetStringAsync("/");
        ListShows("Renamed by an admin");
        Assert.Contains("Lord Robertson visits Kosovo", await portal.Browser().GetStringAsync("/")); // still the cached page

        await ChangeTheCatalogueAsync();

        var html = await portal.Browser().GetStringAsync("/");
        Assert.Contains("Renamed by an admin", html);
        Assert.DoesNotContain("Lord Robertson visits Kosovo", html);
    }

    [Fact]
    public async Task A_signed_in_visitor_never_gets_a_cached_page()
    {
        await portal.Browser().GetStringAsync("/");
        var signedIn = await SignedInAsync();
        ListShows("Fresh for the signed-in visitor");

        using var response = await signedIn.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Fresh for the signed-in visitor", html);
        Assert.Contains("My downloads", html);
        Assert.Null(response.Headers.Age);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task A_signed_in_visitor_never_fills_the_cache()
    {
        var signedIn = await SignedInAsync();
        await signedIn.GetStringAsync("/");
        await signedIn.GetStringAsync($"/videos/{VideoId}");

        var home = await portal.Browser().GetStringAsync("/");
        var video = await portal.Browser().GetStringAsync($"/videos/{VideoId}");

        Assert.DoesNotContain("My downloads", home);
        Assert.DoesNotContain("Log out", home);
        Assert.Contains("Log in to download", video);
        Assert.Equal(2, Calls(ListCall));
        Assert.Equal(2, Calls(DetailCall));
    }

    [Fact]
    public async Task A_visitor_with_a_cookie_the_page_may_depend_on_gets_a_page_of_their_own()
    {
        await portal.Browser().GetStringAsync("/");
        var withMessage = portal.Browser();
        withMessage.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Mvc.CookieTempDataProvider=pending");

        await withMessage.GetStringAsync("/");

        Assert.Equal(2, Calls(ListCall));
    }

    [Fact]
    public async Task French_and_English_pages_are_separate_entries_whichever_way_the_language_was_chosen()
    {
        var french = portal.Browser();
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var english = portal.Browser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var frenchByCookie = portal.Browser();
        frenchByCookie.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr");

        var first = await french.GetStringAsync("/");
        var second = await english.GetStringAsync("/");
        var third = await frenchByCookie.GetStringAsync("/");

        Assert.Contains("""<html lang="fr">""", first);
        Assert.Contains("""<html lang="en">""", second);
        Assert.Contains("""<html lang="fr">""", third);
        Assert.Equal(2, Calls(ListCall));
    }

    [Fact]
    public async Task An_anonymous_page_carries_an_ETag_and_a_matching_If_None_Match_gets_304()
    {
        using var first = await portal.Browser().GetAsync("/");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.NoCache);
        Assert.Contains("Cookie", first.Headers.Vary);

        using (var fromTheCache = await RevalidateAsync(etag)) Assert.Equal(HttpStatusCode.NotModified, fromTheCache.StatusCode);
        // A change elsewhere in the catalogue: this page is made again, and is what the browser holds.
        await ChangeTheCatalogueAsync();
        using (var madeAgain = await RevalidateAsync(etag)) Assert.Equal(HttpStatusCode.NotModified, madeAgain.StatusCode);
        Assert.Equal(2, Calls(ListCall));

        ListShows("Changed since");
        await ChangeTheCatalogueAsync();
        using var changed = await RevalidateAsync(etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    Task<HttpResponseMessage> RevalidateAsync(EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(etag);
        return portal.Browser().SendAsync(request);
    }

    async Task<HttpClient> SignedInAsync()
    {
        var browser = portal.Browser();
        using var login = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public void Dispose() => portal.Dispose();
}
