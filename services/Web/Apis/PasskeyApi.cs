using System.Text.Json;

namespace NatoAspire.Web.Apis;

/// <summary>
/// The passkey calls of the account API. The ceremony's options and the browser's credential pass through as JSON,
/// untouched: the page's script and identity speak WebAuthn to each other, the portal only carries it.
/// </summary>
public sealed class PasskeyApi(HttpClient http)
{
    const string Base = "/api/account/passkeys";

    public Task<ApiResult<JsonElement>> RegistrationOptionsAsync(string accessToken, CancellationToken cancellationToken) =>
        Send<JsonElement>(HttpMethod.Post, $"{Base}/register/options", null, cancellationToken, accessToken);

    public Task<ApiResult<PasskeyItem>> RegisterAsync(string accessToken, JsonElement credential, string? name, CancellationToken cancellationToken) =>
        Send<PasskeyItem>(HttpMethod.Post, $"{Base}/register", new { credential, name }, cancellationToken, accessToken);

    public Task<ApiResult<PasskeyList>> ListAsync(string accessToken, CancellationToken cancellationToken) =>
        Send<PasskeyList>(HttpMethod.Get, Base, null, cancellationToken, accessToken);

    public Task<ApiResult<Done>> RemoveAsync(string accessToken, Guid id, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Delete, $"{Base}/{id}", null, cancellationToken, accessToken);

    public Task<ApiResult<JsonElement>> LoginOptionsAsync(CancellationToken cancellationToken) =>
        Send<JsonElement>(HttpMethod.Post, $"{Base}/login/options", new { }, cancellationToken);

    /// <summary>As a password login: with the browser's device token and <c>User-Agent</c>.</summary>
    public Task<ApiResult<TokenResponse>> LoginAsync(JsonElement credential, string? deviceToken, string? userAgent, CancellationToken cancellationToken)
    {
        var request = ApiCalls.Request(HttpMethod.Post, $"{Base}/login", new { credential, deviceToken });
        if (!string.IsNullOrWhiteSpace(userAgent)) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return ApiCalls.SendAsync<TokenResponse>(http, request, cancellationToken);
    }

    Task<ApiResult<T>> Send<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? accessToken = null) =>
        ApiCalls.SendAsync<T>(http, ApiCalls.Request(method, path, body, accessToken), cancellationToken);
}

public sealed record PasskeyItem(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

public sealed record PasskeyList(IReadOnlyList<PasskeyItem> Items);
