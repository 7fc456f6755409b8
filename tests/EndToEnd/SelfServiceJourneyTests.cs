using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.TestSupport;

namespace NatoAspire.EndToEnd;

/// <summary>Account self-service through the gateway, with every email read from the real mailbox.</summary>
[Collection(SystemCollection.Name)]
public sealed class SelfServiceJourneyTests(SystemFixture system)
{
    const string NewPassword = "Second-Broadcast#Password7";
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    readonly HttpClient gateway = system.Gateway;

    [Fact]
    public async Task Sign_in_on_two_devices_revoke_one_change_the_password_and_the_email_and_sign_out_everywhere_else()
    {
        var email = await Accounts.CreateVerifiedAsync(system, "self-service");

        // The first sign-in after verification is not announced; a second device is.
        var laptop = await SignInAsync(email, Accounts.Password, "E2E-Laptop/1.0");
        var phone = await SignInAsync(email, Accounts.Password, "E2E-Phone/1.0");
        var alert = await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject.Contains("a new sign-in to your NATO Multimedia account"), Patience);
        Assert.Contains("E2E-Phone/1.0", await system.Mailbox.GetPlainTextAsync(alert.Id));
        Assert.DoesNotContain(await system.Mailbox.ListAsync(), m => m.IsTo(email) && m.Subject.Contains("new sign-in") && m.Id != alert.Id);

        // Both devices are listed; the laptop signs the phone out, whose refresh token then fails.
        var devices = await SessionsAsync(laptop.AccessToken);
        Assert.Equal(2, devices.Count);
        Assert.True(devices.Single(d => d.GetProperty("userAgent").GetString() == "E2E-Laptop/1.0").GetProperty("current").GetBoolean());
        var phoneId = devices.Single(d => d.GetProperty("userAgent").GetString() == "E2E-Phone/1.0").GetProperty("id").GetString();
        using (var signedOut = await SendAsync(HttpMethod.Delete, $"/api/account/sessions/{phoneId}", laptop.AccessToken))
            Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        using (var phoneRefresh = await gateway.PostAsJsonAsync("/api/account/refresh", new { refreshToken = phone.RefreshToken }))
            Assert.Equal(HttpStatusCode.Unauthorized, phoneRefresh.StatusCode);
        Assert.Single(await SessionsAsync(laptop.AccessToken));

        // A wrong current password changes nothing; the right one changes it and the owner is told.
        using (var wrong = await SendAsync(HttpMethod.Post, "/api/account/password/change", laptop.AccessToken, new { currentPassword = "Not-The-Password#1", newPassword = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("invalid_credentials", await AccountClient.ProblemCodeAsync(wrong));
        }
        using (var changed = await SendAsync(HttpMethod.Post, "/api/account/password/change", laptop.AccessToken, new { currentPassword = Accounts.Password, newPassword = NewPassword }))
            Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject.Contains("password has been updated", StringComparison.OrdinalIgnoreCase), Patience);

        // A new address: the code goes there, and once it is entered the old address is told.
        var newEmail = Accounts.NewEmail("self-service-new");
        using (var requested = await SendAsync(HttpMethod.Post, "/api/account/email/change", laptop.AccessToken, new { newEmail, password = NewPassword }))
        {
            Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
            Assert.Equal(SystemFixture.CodeLifetime.TotalSeconds, (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codeExpiresInSeconds").GetInt32());
        }
        var codeMail = await system.Mailbox.WaitForMessageAsync(m => m.IsTo(newEmail), Patience);
        var codeText = await system.Mailbox.GetPlainTextAsync(codeMail.Id);
        Assert.Contains(SystemFixture.CodeValiditySentence, codeText);
        var code = Mailbox.FindSixDigitCode(codeText)!;
        using (var wrongCode = await SendAsync(HttpMethod.Post, "/api/account/email/verify", laptop.AccessToken, new { code = code == "000000" ? "111111" : "000000" }))
            Assert.Equal("invalid_code", await AccountClient.ProblemCodeAsync(wrongCode));
        using (var verified = await SendAsync(HttpMethod.Post, "/api/account/email/verify", laptop.AccessToken, new { code }))
        {
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            Assert.Equal(newEmail, (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        }
        var told = await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject.Contains("email address has been changed"), Patience);
        Assert.Contains(newEmail, await system.Mailbox.GetPlainTextAsync(told.Id));

        // The new address and the new password sign in; then the laptop signs out everywhere else.
        using (var oldLogin = await gateway.PostAsJsonAsync("/api/account/login", new { email, password = NewPassword }))
            Assert.Equal(HttpStatusCode.Unauthorized, oldLogin.StatusCode);
        var tablet = await SignInAsync(newEmail, NewPassword, "E2E-Tablet/1.0");
        using (var others = await SendAsync(HttpMethod.Delete, "/api/account/sessions", laptop.AccessToken))
            Assert.Equal(HttpStatusCode.NoContent, others.StatusCode);
        using (var tabletRefresh = await gateway.PostAsJsonAsync("/api/account/refresh", new { refreshToken = tablet.RefreshToken }))
            Assert.Equal(HttpStatusCode.Unauthorized, tabletRefresh.StatusCode);
        var left = Assert.Single(await SessionsAsync(laptop.AccessToken));
        Assert.True(left.GetProperty("current").GetBoolean());
    }

    async Task<(string AccessToken, string RefreshToken)> SignInAsync(string email, string password, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        using var response = await gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!);
    }

    async Task<List<JsonElement>> SessionsAsync(string accessToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/account/sessions", accessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()];
    }

    Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return gateway.SendAsync(request);
    }
}
