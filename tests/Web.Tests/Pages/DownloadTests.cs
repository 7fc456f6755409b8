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
    public async Task A_range_request_is_relayed_with_the_users_bearer_token_and_validators()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        portal.Apis.On(HttpMethod.Get, $"/api/media/videos/{VideoId}/files/{FileId}", request =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.PartialContent) { Content = new ByteArrayContent([1, 2, 3, 4]) };
            answer.Content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
            answer.Content.Headers.ContentRange = new ContentRangeHeaderValue(10, 13, 1000);
            answer.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "kosovo.mp4" };
            answer.Headers.ETag = new EntityTagHeaderValue("\"abc\"");
            answer.Headers.AcceptRanges.Add("bytes");
            return answer;
        });
        var browser = portal.Browser();
        await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });

        using var request = new HttpRequestMessage(HttpMethod.Get, DownloadUrl);
        request.Headers.Range = new RangeHeaderValue(10, 13);
        request.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"abc\""));
        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("bytes 10-13/1000", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal("\"abc\"", response.Headers.ETag?.Tag);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("kosovo.mp4", response.Content.Headers.ContentDisposition?.ToString());
        var sent = portal.Apis.Received.Last().Request;
        Assert.Equal("Bearer", sent.Headers.Authorization?.Scheme);
        Assert.Equal("bytes=10-13", sent.Headers.Range?.ToString());
        Assert.Equal("\"abc\"", sent.Headers.IfRange?.EntityTag?.Tag);
    }

    public void Dispose() => portal.Dispose();
}
