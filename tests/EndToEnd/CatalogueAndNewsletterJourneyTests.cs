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
    public async Task Search_finds_Kosovo_and_only_a_verified_account_downloads_it_whole_and_in_ranges()
    {
        var page = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/media/videos?q=Kosovo%20Police&page=1&pageSize=20");
        var kosovo = page.GetProperty("items").EnumerateArray()
            .First(item => item.GetProperty("title").GetString()!.Contains("Kosovo", StringComparison.OrdinalIgnoreCase));
        var id = kosovo.GetProperty("id").GetString();
        var detail = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/media/videos/{id}");
        var file = detail.GetProperty("files").EnumerateArray().OrderBy(f => f.GetProperty("sizeBytes").GetInt64()).First();
        var download = $"/api/media/videos/{id}/files/{file.GetProperty("fileId").GetString()}";

        using var anonymous = await system.Gateway.GetAsync(download);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var email = await Accounts.CreateVerifiedAsync(system, "download");
        var token = await accounts.AccessTokenAsync(email, Accounts.Password);

        using var whole = await SendAsync(HttpMethod.Get, download, token);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await whole.Content.ReadAsByteArrayAsync();
        Assert.Equal(file.GetProperty("sizeBytes").GetInt64(), bytes.LongLength);
        Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));

        using var range = await SendAsync(HttpMethod.Get, download, token, request => request.Headers.Range = new RangeHeaderValue(100, 199));
        Assert.Equal(HttpStatusCode.PartialContent, range.StatusCode);
        Assert.Equal(bytes[100..200], await range.Content.ReadAsByteArrayAsync());
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
