using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class PrivacyJourneyTests(SystemFixture system)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    readonly AccountClient accounts = new(system.Gateway);

    [Fact]
    public async Task Subscribe_download_export_everything_delete_and_register_the_address_again()
    {
        var email = await Accounts.CreateVerifiedAsync(system, "privacy");
        var token = await accounts.AccessTokenAsync(email, Accounts.Password);
        using (var subscribed = await SendAsync(HttpMethod.Put, "/api/newsletter/subscription", token)) Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var detail = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/media/videos/{KosovoVisitId}");
        var proxy = detail.GetProperty("files").EnumerateArray().First(f => f.GetProperty("kind").GetString() == "proxy").GetProperty("fileId").GetString();
        using (var downloaded = await SendAsync(HttpMethod.Get, $"/api/media/videos/{KosovoVisitId}/files/{proxy}", token))
            Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);

        // The export holds identity's, newsletter's and media-catalog's parts, gathered through each service.
        using var exported = await SendAsync(HttpMethod.Get, "/api/account/export", token);
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Equal("no-store", exported.Headers.CacheControl?.ToString());
        Assert.Equal("attachment", exported.Content.Headers.ContentDisposition?.DispositionType);
        var export = await exported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, export.GetProperty("account").GetProperty("email").GetString());
        Assert.NotEmpty(export.GetProperty("sessions").EnumerateArray());
        Assert.Equal(email, export.GetProperty("newsletter").GetProperty("email").GetString());
        Assert.True(export.GetProperty("newsletter").GetProperty("subscribed").GetBoolean());
        Assert.Contains(export.GetProperty("downloads").EnumerateArray(), d => d.GetProperty("fileId").GetString() == proxy);

        using (var wrong = await DeleteAsync(token, "Not-My-Passw0rd#2026"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("invalid_credentials", await AccountClient.ProblemCodeAsync(wrong));
        }
        using (var deleted = await DeleteAsync(token, Accounts.Password)) Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        // Every service forgets: the last email comes, the newsletter holds nothing, the history is no longer the account's.
        await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject == "Your NATO Multimedia account has been deleted", Patience);
        await EventuallyAsync(async () =>
        {
            using var held = await SendAsync(HttpMethod.Get, "/api/newsletter/subscription/export", token);
            return (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").ValueKind == JsonValueKind.Null;
        });
        await EventuallyAsync(async () =>
        {
            using var history = await SendAsync(HttpMethod.Get, "/api/media/me/downloads", token);
            return (await history.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32() == 0;
        });
        using (var login = await accounts.LoginAsync(email, Accounts.Password)) Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        using (var stale = await SendAsync(HttpMethod.Get, "/api/account/export", token)) Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);

        // The address is free: a new registration gets a fresh code and becomes a new account.
        var earlierMails = (await system.Mailbox.ListAsync()).Where(m => m.IsTo(email)).Select(m => m.Id).ToHashSet();
        using var again = await accounts.RegisterAsync(email, "Second-Life#Passw0rd");
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var code = await Accounts.ReadCodeAsync(system.Mailbox, email, m => m.Subject.Contains("verification code") && !earlierMails.Contains(m.Id));
        using (var verified = await accounts.VerifyAsync(email, code, await AccountClient.RegistrationTokenAsync(again)))
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var newToken = await accounts.AccessTokenAsync(email, "Second-Life#Passw0rd");
        using var history = await SendAsync(HttpMethod.Get, "/api/media/me/downloads", newToken);
        Assert.Equal(0, (await history.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    /// <summary>The seeded "Secretary General visits Kosovo" (media-catalog's SampleCatalogue.KosovoVisitId).</summary>
    const string KosovoVisitId = "0a6f1c52-2002-4627-9a01-000000000627";

    static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The deletion did not reach every service in time.");
            await Task.Delay(250);
        }
    }

    Task<HttpResponseMessage> DeleteAsync(string accessToken, string password) =>
        SendAsync(HttpMethod.Delete, "/api/account", accessToken, request => request.Content = JsonContent.Create(new { password }));

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        configure?.Invoke(request);
        return await system.Gateway.SendAsync(request);
    }
}
