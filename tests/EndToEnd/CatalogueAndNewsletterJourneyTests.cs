using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed partial class CatalogueAndNewsletterJourneyTests(SystemFixture system)
{
    readonly AccountClient accounts = new(system.Gateway);

    [Fact]
    public async Task A_facet_finds_Kosovo_anyone_previews_it_and_a_verified_account_downloads_the_master_into_its_history()
    {
        var page = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/media/videos?topic=Kosovo&location=Pristina%2C%20Kosovo&from=2002-01-01&to=2002-12-31");
        var kosovo = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Contains(page.GetProperty("facets").GetProperty("years").EnumerateArray(), y => y.GetProperty("value").GetString() == "2002");
        var id = kosovo.GetProperty("id").GetString();
        var detail = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/media/videos/{id}");

        // Anyone previews, with a range, as a <video> element asks.
        using var preview = await system.Gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, detail.GetProperty("previewUrl").GetString())
        {
            Headers = { Range = new RangeHeaderValue(0, 1023) },
        });
        Assert.Equal(HttpStatusCode.PartialContent, preview.StatusCode);
        Assert.Equal(1024, (await preview.Content.ReadAsByteArrayAsync()).Length);

        var master = detail.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "master");
        var download = $"/api/media/videos/{id}/files/{master.GetProperty("fileId").GetString()}";
        using var anonymous = await system.Gateway.GetAsync(download);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var email = await Accounts.CreateVerifiedAsync(system, "download");
        var token = await accounts.AccessTokenAsync(email, Accounts.Password);

        // Downloading accepts the usage terms shown beside the button; the first download records it.
        using var whole = await SendAsync(HttpMethod.Get, download, token);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal(master.GetProperty("sizeBytes").GetInt64(), bytes.LongLength);
        Assert.Equal(master.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var saved = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.mxf");
        await File.WriteAllBytesAsync(saved, bytes);
        try
        {
            Assert.Equal("mxf", await FfprobeAsync(saved, "format=format_name"));
            Assert.StartsWith("mpeg2video,4:2:2,yuv422p", await FfprobeAsync(saved, "stream=codec_name,profile,pix_fmt", "v:0"));
        }
        finally
        {
            File.Delete(saved);
        }

        using var range = await SendAsync(HttpMethod.Get, download, token, request => request.Headers.Range = new RangeHeaderValue(100, 199));
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(bytes[100..200], await range.Content.ReadAsByteArrayAsync());

        using var history = await SendAsync(HttpMethod.Get, "/api/media/me/downloads", token);
        var items = (await history.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var only = Assert.Single(items); // the range of the same day counts once
        Assert.Equal(master.GetProperty("fileId").GetString(), only.GetProperty("fileId").GetString());
        Assert.Equal(JsonValueKind.String, only.GetProperty("termsAcceptedAt").ValueKind);
    }

    static async Task<string> FfprobeAsync(string path, string entries, string? streams = null)
    {
        string[] select = streams is null ? [] : ["-select_streams", streams];
        using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("ffprobe",
            ["-v", "error", .. select, "-show_entries", entries, "-of", "csv=p=0", path])
        { RedirectStandardOutput = true })!;
        var description = (await probe.StandardOutput.ReadToEndAsync()).Trim().TrimEnd(',');
        await probe.WaitForExitAsync();
        return description;
    }

    [Fact]
    public async Task Subscribe_receive_one_copy_of_an_issue_unsubscribe_with_one_click_and_receive_no_more()
    {
        var email = await Accounts.CreateVerifiedAsync(system, "newsletter");
        var token = await accounts.AccessTokenAsync(email, Accounts.Password);

        using var subscribed = await SendAsync(HttpMethod.Put, "/api/newsletter/subscription", token);
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(60)); // the welcome email

        var admin = await accounts.AccessTokenAsync(SystemFixture.AdminEmail, SystemFixture.AdminPassword);
        var firstSubject = $"KFOR update {Guid.NewGuid():N}";
        await PublishIssueAsync(admin, firstSubject);
        var copy = await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject == firstSubject, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3)); // a duplicate, if any, would be right behind it
        Assert.Single(await system.Mailbox.ListAsync(), m => m.IsTo(email) && m.Subject == firstSubject);

        var unsubscribeUrl = new Uri(ListUnsubscribe().Match(await system.Mailbox.GetRawAsync(copy.Id)).Groups[1].Value);
        using var oneClick = await system.Gateway.PostAsync(unsubscribeUrl.PathAndQuery,
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.False((await oneClick.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscribed").GetBoolean());

        var secondSubject = $"KFOR update {Guid.NewGuid():N}";
        await PublishIssueAsync(admin, secondSubject);
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(await system.Mailbox.ListAsync(), m => m.IsTo(email) && m.Subject == secondSubject);
    }

    async Task PublishIssueAsync(string adminToken, string subject)
    {
        using var published = await SendAsync(HttpMethod.Post, "/api/newsletter/issues", adminToken, request =>
            request.Content = JsonContent.Create(new { subject, textBody = "The Secretary General visited Kosovo." }));
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
    }

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        configure?.Invoke(request);
        return await system.Gateway.SendAsync(request);
    }

    [GeneratedRegex(@"List-Unsubscribe:\s*<([^>]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex ListUnsubscribe();
}
