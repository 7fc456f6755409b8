using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.WholeSystem;

/// <summary>The account API as a client sees it through the gateway.</summary>
public sealed class AccountClient(HttpClient gateway)
{
    public Task<HttpResponseMessage> RegisterAsync(string email, string password) =>
        gateway.PostAsJsonAsync("/api/account/register",
            new { email, password, firstName = "Ada", lastName = "Lovelace", organisation = "Broadcast Ltd" });

    public Task<HttpResponseMessage> VerifyAsync(string email, string code, string registrationToken) =>
        gateway.PostAsJsonAsync("/api/account/verify", new { email, code, registrationToken });

    /// <summary>The token that names the registration a 202 from register answered for.</summary>
    public static async Task<string> RegistrationTokenAsync(HttpResponseMessage registered) =>
        (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationToken").GetString()!;

    public Task<HttpResponseMessage> ResendCodeAsync(string email) =>
        gateway.PostAsJsonAsync("/api/account/resend-code", new { email });

    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        gateway.PostAsJsonAsync("/api/account/login", new { email, password });

    public Task<HttpResponseMessage> ForgotAsync(string email) =>
        gateway.PostAsJsonAsync("/api/account/password/forgot", new { email });

    public Task<HttpResponseMessage> VerifyResetCodeAsync(string email, string code) =>
        gateway.PostAsJsonAsync("/api/account/password/verify-code", new { email, code });

    public Task<HttpResponseMessage> ResetAsync(string resetToken, string newPassword) =>
        gateway.PostAsJsonAsync("/api/account/password/reset", new { resetToken, newPassword });

    public async Task<HttpResponseMessage> MeAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await gateway.SendAsync(request);
    }

    /// <summary>Logs in and returns the access token, failing the test if that does not work.</summary>
    public async Task<string> AccessTokenAsync(string email, string password)
    {
        using var response = await LoginAsync(email, password);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
