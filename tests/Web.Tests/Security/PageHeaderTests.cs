using System.Net;
using System.Text.RegularExpressions;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Security;

/// <summary>docs/contract.md §3: what every page carries, and what the /account pages must never let a cache keep.</summary>
public sealed partial class PageHeaderTests : IDisposable
{
    const string VideoId = "6f1c0a52-0000-4000-8000-000000000001";
    readonly PortalFactory portal = new();

    public PageHeaderTests()
    {
        var summary = $$"""{"id":"{{VideoId}}","title":"Lord Robertson visits Kosovo","summary":"KFOR reduction.","publishedAt":"2002-06-27T00:00:00Z","durationSeconds":95,"topics":["KFOR"],"thumbnailUrl":"/api/media/videos/{{VideoId}}/thumbnail"}""";
        var page = $$"""{"items":[{{summary}}],"page":1,"pageSize":12,"total":13}""";
        portal.Apis.OnJson(HttpMethod.Get, "/api/media/videos?page=1&pageSize=12", HttpStatusCode.OK, page);
        portal.Apis.OnJson(HttpMethod.Get, "/api/media/videos?page=1&pageSize=12&q=Kosovo", HttpStatusCode.OK, page);
        portal.Apis.OnJson(HttpMethod.Get, $"/api/media/videos/{VideoId}", HttpStatusCode.OK, $$"""
            {"id":"{{VideoId}}","title":"Lord Robertson visits Kosovo","summary":"KFOR reduction.","description":"The visit.",
             "publishedAt":"2002-06-27T00:00:00Z","durationSeconds":95,"topics":["KFOR"],"location":"Kosovo",
             "thumbnailUrl":"/api/media/videos/{{VideoId}}/thumbnail",
             "files":[{"fileId":"6f1c0a52-0000-4000-8000-0000000000f1","label":"Web","container":"mp4","videoCodec":"h264",
                       "width":1280,"height":720,"frameRate":25,"sizeBytes":1000,"sha256":"ab"}]}
            """);
    }

    public static TheoryData<string> Pages() =>
    [
        "/",
        "/?q=Kosovo",
        "/account",
        "/account/login",
        "/account/login?returnUrl=%2Faccount",
        "/account/register",
        "/account/verify?email=ana%40example.org",
        "/account/welcome?email=ana%40example.org",
        "/account/reset-password",
        "/account/reset-password/code?email=ana%40example.org",
        "/account/reset-password/new",
        "/account/reset-password/done",
        $"/videos/{VideoId}",
        "/Status/404",
        "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_carries_a_content_security_policy_nosniff_and_a_referrer_policy(string page)
    {
        using var response = await portal.Browser().GetAsync(page);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_holds_an_inline_script_or_style_the_policy_would_block(string page)
    {
        using var response = await portal.Browser().GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotMatch(InlineScriptOrStyle(), html);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_link_and_redirect_is_a_path_on_the_public_origin(string page)
    {
        using var response = await portal.Browser().GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        if (response.Headers.Location is { } location) Assert.StartsWith("/", location.OriginalString);
        foreach (Match link in Link().Matches(html))
            Assert.Matches("^(/(?![/\\\\])|#|\\?)", link.Groups[1].Value);
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/verify?email=ana%40example.org")]
    [InlineData("/account/reset-password/code?email=ana%40example.org")]
    public async Task The_account_pages_are_never_stored_by_a_cache(string page)
    {
        using var response = await portal.Browser().GetAsync(page);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{page}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_logged_out_visitor_opening_the_account_page_is_sent_to_the_login_page_by_path()
    {
        using var response = await portal.Browser().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?returnUrl=%2Faccount", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("""<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|\sstyle="|\son[a-z]+=""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrStyle();

    [GeneratedRegex("(?:href|src|action)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    public void Dispose() => portal.Dispose();
}
