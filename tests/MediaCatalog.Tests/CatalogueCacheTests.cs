using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.ServiceDefaults.Caching;

namespace NatoAspire.MediaCatalog.Tests;

/// <summary>
/// The anonymous catalogue comes from the shared cache (Redis). A change written straight to the database, past the
/// admin API, stays unseen while the cache holds the answer: that is how these tests tell a cached answer from a
/// fresh one. A change through the admin API shows on the very next read.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class CatalogueCacheTests(CatalogServiceFixture fixture)
{
    static object NewVideo(string title, string topic) => new
    {
        title,
        summary = "Allied ministers meet.",
        description = "Arrivals and statements.",
        publishedAt = "2026-10-01T10:00:00+02:00",
        location = "Brussels, Belgium",
        topics = new[] { topic },
        durationSeconds = 60,
    };

    [Fact]
    public async Task A_second_anonymous_read_of_a_video_comes_from_the_cache()
    {
        var (id, _) = await AddVideoAsync("Cached detail");
        // Past the second eviction that follows the admin's change.
        await Task.Delay(CatalogueCache.SecondEviction + TimeSpan.FromSeconds(0.5));
        var anonymous = fixture.Anonymous();
        Assert.Equal("Cached detail", (await anonymous.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}"))!.Title);

        await RenameBehindTheApiAsync(id, "Renamed behind the API");

        using var second = await anonymous.GetAsync($"/api/media/videos/{id}");
        Assert.Equal("Cached detail", (await second.Content.ReadFromJsonAsync<VideoDto>())!.Title);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task A_change_by_an_admin_shows_on_the_next_read_of_the_detail()
    {
        var (id, topic) = await AddVideoAsync("Before the edit");
        var anonymous = fixture.Anonymous();
        await anonymous.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}");

        using var edited = await Admin().PutAsJsonAsync($"/api/media/videos/{id}", NewVideo("After the edit", topic));
        edited.EnsureSuccessStatusCode();

        Assert.Equal("After the edit", (await anonymous.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}"))!.Title);
    }

    [Fact]
    public async Task A_video_an_admin_adds_shows_in_the_list_and_its_facets_at_once()
    {
        var (_, topic) = await AddVideoAsync("First of its topic");
        var anonymous = fixture.Anonymous();
        var list = $"/api/media/videos?topic={Uri.EscapeDataString(topic)}";
        Assert.Equal(1, (await anonymous.GetFromJsonAsync<VideoListDto>(list))!.Total);

        using var added = await Admin().PostAsJsonAsync("/api/media/videos", NewVideo("Second of its topic", topic));
        added.EnsureSuccessStatusCode();

        var page = (await anonymous.GetFromJsonAsync<VideoListDto>(list))!;
        Assert.Equal(2, page.Total);
        Assert.Equal(2, page.Facets.Topics.Single(t => t.Value == topic).Count);
    }

    [Fact]
    public async Task An_authenticated_read_is_never_answered_from_the_cache()
    {
        var (id, _) = await AddVideoAsync("Seen by a signed-in user");
        var user = fixture.WithToken(fixture.Tokens.VerifiedUser());
        await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}");
        await user.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}");

        await RenameBehindTheApiAsync(id, "Fresh for the user");

        using var read = await user.GetAsync($"/api/media/videos/{id}");
        Assert.Equal("Fresh for the user", (await read.Content.ReadFromJsonAsync<VideoDto>())!.Title);
        Assert.Null(read.Headers.Age);
    }

    [Fact]
    public async Task A_read_with_a_cookie_is_neither_answered_from_the_cache_nor_stored()
    {
        var (id, _) = await AddVideoAsync("Read with a cookie");
        var withCookie = fixture.Anonymous();
        withCookie.DefaultRequestHeaders.Add("Cookie", "session=someone");
        await withCookie.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}");

        await RenameBehindTheApiAsync(id, "Renamed once");
        Assert.Equal("Renamed once", (await withCookie.GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}"))!.Title);
        Assert.Equal("Renamed once", (await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{id}"))!.Title);
    }

    [Fact]
    public async Task An_answer_carries_an_ETag_and_a_matching_If_None_Match_gets_304()
    {
        var (id, _) = await AddVideoAsync("Kept by the browser");
        var anonymous = fixture.Anonymous();
        using var first = await anonymous.GetAsync($"/api/media/videos/{id}");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.True(first.Headers.CacheControl.NoCache);

        foreach (var _ in Enumerable.Range(0, 2)) // made fresh, then from the cache
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/videos/{id}");
            request.Headers.IfNoneMatch.Add(etag);
            using var revalidated = await anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        }

        using var edited = await Admin().PutAsJsonAsync($"/api/media/videos/{id}", NewVideo("Changed since", $"Topic {Guid.NewGuid():N}"));
        edited.EnsureSuccessStatusCode();
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/media/videos/{id}");
        again.Headers.IfNoneMatch.Add(etag);
        using var changed = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Each_eviction_after_an_admin_change_names_a_new_catalogue_generation()
    {
        // What the web keys its cached pages by: a new generation leaves every page built from the old catalogue behind.
        var generation = fixture.Service.Services.GetRequiredService<CatalogueGeneration>();
        var (id, topic) = await AddVideoAsync("Shown on the portal's pages");
        await Task.Delay(CatalogueCache.SecondEviction + TimeSpan.FromSeconds(0.5));
        var before = await generation.CurrentAsync();

        using var edited = await Admin().PutAsJsonAsync($"/api/media/videos/{id}", NewVideo("Renamed for the pages", topic));
        edited.EnsureSuccessStatusCode();
        var afterTheChange = await generation.CurrentAsync();
        await Task.Delay(CatalogueCache.SecondEviction + TimeSpan.FromSeconds(0.5));
        var afterTheSecondEviction = await generation.CurrentAsync();

        Assert.NotEqual(before, afterTheChange);
        // A page built from data fetched just before the change and stored just after it is left behind too.
        Assert.NotEqual(afterTheChange, afterTheSecondEviction);
    }

    HttpClient Admin() => fixture.WithToken(fixture.Tokens.Admin());

    async Task<(Guid Id, string Topic)> AddVideoAsync(string title)
    {
        var topic = $"Topic {Guid.NewGuid():N}";
        using var created = await Admin().PostAsJsonAsync("/api/media/videos", NewVideo(title, topic));
        created.EnsureSuccessStatusCode();
        return ((await created.Content.ReadFromJsonAsync<VideoDto>())!.Id, topic);
    }

    async Task RenameBehindTheApiAsync(Guid id, string title)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        await db.Videos.Where(v => v.Id == id).ExecuteUpdateAsync(set => set.SetProperty(v => v.Title, title));
    }
}
