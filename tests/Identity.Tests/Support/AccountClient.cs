using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Tokens;

namespace NatoAspire.Identity.Tests.Support;

/// <summary>Calls the account API as a client would, and reads the codes the service hands to notification.</summary>
public sealed class AccountClient(HttpClient http, IdentityApp app)
{
    public const string Password = "Correct-Horse-42-Battery";

    public HttpClient Http => http;

    public static string NewEmail(string prefix = "user") => $"{prefix}-{Guid.NewGuid():N}@example.org";

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/account/{path}") { Content = JsonContent.Create(body) };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http.SendAsync(request);
    }

    /// <summary>Any call, with a bearer token and the client's <c>User-Agent</c> when given.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? bearer = null, string? userAgent = null)
    {
        var request = new HttpRequestMessage(method, $"/api/account/{path}");
        if (body is not null) request.Content = JsonContent.Create(body);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (userAgent is not null) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return http.SendAsync(request);
    }

    /// <summary>Signs in as a named device would, failing the test if that does not work.</summary>
    public async Task<TokenResponse> SignInFromAsync(string email, string userAgent, string? deviceToken = null, string password = Password)
    {
        var login = await SendAsync(HttpMethod.Post, "login", new { email, password, deviceToken }, userAgent: userAgent);
        Expect(HttpStatusCode.OK, login);
        return (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public Task<HttpResponseMessage> PostRawAsync(string path, string json, string mediaType = "application/json") =>
        http.PostAsync($"/api/account/{path}", new StringContent(json, System.Text.Encoding.UTF8, mediaType));

    public Task<HttpResponseMessage> GetAsync(string path, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/account/{path}");
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> RegisterAsync(string email, string password = Password, string firstName = "Ada", string lastName = "Lovelace") =>
        PostAsync("register", new { email, password, firstName, lastName, organisation = "NATO" });

    /// <summary>Registers and hands back the attempt's registration token.</summary>
    public async Task<string> RegisterForTokenAsync(string email, string password = Password, string firstName = "Ada", string lastName = "Lovelace")
    {
        var response = await RegisterAsync(email, password, firstName, lastName);
        Expect(HttpStatusCode.Accepted, response);
        return TokenOf(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static string TokenOf(JsonElement registration) => registration.GetProperty("registrationToken").GetString()!;

    public Task<HttpResponseMessage> VerifyAsync(string email, string code, string registrationToken) =>
        PostAsync("verify", new { email, code, registrationToken });

    public Task<HttpResponseMessage> LoginAsync(string email, string password = Password) =>
        PostAsync("login", new { email, password });

    /// <summary>Registers, verifies with the mailed code and signs in.</summary>
    public async Task<TokenResponse> CreateVerifiedAccountAsync(string email, string password = Password)
    {
        var registrationToken = await RegisterForTokenAsync(email, password);
        var code = await LatestVerificationCodeAsync(email);
        Expect(HttpStatusCode.OK, await VerifyAsync(email, code, registrationToken));
        var login = await LoginAsync(email, password);
        Expect(HttpStatusCode.OK, login);
        return (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
    }

    public async Task<string> LatestVerificationCodeAsync(string email) =>
        (await LatestEventAsync<VerificationCodeIssued>(e => e.Email == email.ToLowerInvariant()))?.Code
        ?? throw new InvalidOperationException($"No verification code was issued for {email}.");

    public async Task<string> LatestResetCodeAsync(string email) =>
        (await LatestEventAsync<PasswordResetCodeIssued>(e => e.Email == email.ToLowerInvariant()))?.Code
        ?? throw new InvalidOperationException($"No reset code was issued for {email}.");

    public async Task<Guid> AccountIdAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        return await db.Accounts.Where(a => a.Email == email.ToLowerInvariant()).Select(a => a.Id).SingleAsync();
    }

    /// <summary>Events the service wrote to its outbox, newest first.</summary>
    public async Task<List<TEvent>> EventsAsync<TEvent>(Func<TEvent, bool> match)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var prefix = typeof(TEvent).FullName + ",";
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith(prefix))
            .OrderByDescending(m => m.Id)
            .Take(1000)
            .Select(m => m.Payload)
            .ToListAsync();
        return [.. rows.Select(p => JsonSerializer.Deserialize<TEvent>(p, JsonSerializerOptions.Web)!).Where(match)];
    }

    public async Task<TEvent?> LatestEventAsync<TEvent>(Func<TEvent, bool> match) where TEvent : class =>
        (await EventsAsync(match)).FirstOrDefault();

    public static void Expect(HttpStatusCode status, HttpResponseMessage response)
    {
        if (response.StatusCode == status) return;
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.Fail($"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
    }
}
