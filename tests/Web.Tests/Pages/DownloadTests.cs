using System.Net;
using System.Net.Http.Headers;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

public sealed class DownloadTests : IDisposable
{
    const string Email = "ana@example.org";
    static readonly Guid VideoId = Guid.NewGuid();
    static readonly Guid FileId = Guid.NewGuid();
    readonly PortalFactory portal = new();

    string DownloadUrl => $"/videos/{VideoId}/files/{FileId}/download";

    [Fact]
    public async Task Anonymous_downloads_go_to_login_and_back_to_the_video()
    {
        using var response = await portal.Browser().GetAsync(DownloadUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/login?returnUrl=%2Fvideos%2F{VideoId}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_download_sends_the_browser_to_a_link_made_with_the_users_bearer_token()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        HttpRequestMessage? sent = null;
        portal.Apis.On(HttpMethod.Post, $"/api/media/videos/{VideoId}/files/{FileId}/link", request =>
        {
            sent = request;
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"url":"/api/media/downloads/abc","expiresAt":"2030-01-01T00:00:00Z"}""", System.Text.Encoding.UTF8, "application/json"),
            };
        });
        var browser = portal.Browser();
        await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });

        using var response = await browser.GetAsync(DownloadUrl);

        // The bytes come from the catalogue through the gateway, never through the web service.
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/api/media/downloads/abc", response.Headers.Location?.OriginalString);
        Assert.Equal("Bearer", sent?.Headers.Authorization?.Scheme);
    }

    public void Dispose() => portal.Dispose();
}
