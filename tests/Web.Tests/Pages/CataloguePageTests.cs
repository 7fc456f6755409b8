using System.Net;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

public sealed class CataloguePageTests : IDisposable
{
    readonly PortalFactory portal = new();

    const string OnePage = """
        {"items":[{"id":"6f1c0a52-0000-4000-8000-000000000001","title":"Lord Robertson visits Kosovo","summary":"KFOR reduction.",
        "publishedAt":"2002-06-27T00:00:00Z","durationSeconds":95,"topics":["KFOR"],"thumbnailUrl":"/api/media/videos/6f1c0a52-0000-4000-8000-000000000001/thumbnail"}],
        "page":1,"pageSize":12,"total":13}
        """;

    [Fact]
    public async Task The_catalogue_shows_the_portal_promise_and_the_videos_of_the_page()
    {
        portal.Apis.OnJson(HttpMethod.Get, "/api/media/videos?page=1&pageSize=12", HttpStatusCode.OK, OnePage);

        using var response = await portal.Browser().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Access NATO’s broadcast-quality video content free of charge", html);
        Assert.Contains("NATO MULTIMEDIA ACCOUNT", html);
        Assert.Contains("""href="/videos/6f1c0a52-0000-4000-8000-000000000001">Lord Robertson visits Kosovo""", html);
        Assert.Contains("Page 1 of 2", html);
        Assert.Contains("""href="/?page=2" rel="next""", html);
    }

    [Fact]
    public async Task Search_text_and_page_number_reach_the_catalogue_api()
    {
        portal.Apis.OnJson(HttpMethod.Get, "/api/media/videos?page=2&pageSize=12&q=Kosovo%20police", HttpStatusCode.OK, OnePage.Replace("\"page\":1", "\"page\":2"));

        using var response = await portal.Browser().GetAsync("/?q=Kosovo+police&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Page 2 of 2", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_catalogue_that_is_down_gives_a_friendly_page_without_a_stack_trace()
    {
        portal.Apis.On(HttpMethod.Get, "/api/media/videos?page=1&pageSize=12", _ => throw new HttpRequestException("Connection refused"));

        using var response = await portal.Browser().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Part of the service is not available at the moment", html);
        Assert.DoesNotContain("Connection refused", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task An_unknown_page_is_an_html_404()
    {
        using var response = await portal.Browser().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_video_is_an_html_404()
    {
        using var response = await portal.Browser().GetAsync($"/videos/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => portal.Dispose();
}
