namespace NatoAspire.Web.Apis;

/// <summary>The account API of the identity service.</summary>
public sealed class IdentityApi(HttpClient http)
{
    const string Base = "/api/account";

    public Task<ApiResult<RegisterResponse>> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken) =>
        Send<RegisterResponse>(HttpMethod.Post, "register", request, cancellationToken);

    /// <summary>The registration is named by its token, or, where the browser no longer has it, by its password.</summary>
    public Task<ApiResult<Done>> VerifyAsync(string email, string code, string? registrationToken, string? password, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Post, "verify", new { email, code, registrationToken, password }, cancellationToken);

    public Task<ApiResult<CodeSent>> ResendCodeAsync(string email, CancellationToken cancellationToken) =>
        Send<CodeSent>(HttpMethod.Post, "resend-code", new { email }, cancellationToken);

    /// <summary>
    /// Signs in with the browser's device token (so that identity knows the device and spends its own allowance) and
    /// its <c>User-Agent</c>, which the account's session list shows.
    /// </summary>
    public Task<ApiResult<TokenResponse>> LoginAsync(string email, string password, string? deviceToken, string? userAgent, CancellationToken cancellationToken)
    {
        var request = ApiCalls.Request(HttpMethod.Post, $"{Base}/login", new { email, password, deviceToken });
        if (!string.IsNullOrWhiteSpace(userAgent)) request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return ApiCalls.SendAsync<TokenResponse>(http, request, cancellationToken);
    }

    public Task<ApiResult<TokenResponse>> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Send<TokenResponse>(HttpMethod.Post, "refresh", new { refreshToken }, cancellationToken);

    public Task<ApiResult<Done>> LogoutAsync(string accessToken, string refreshToken, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Post, "logout", new { refreshToken }, cancellationToken, accessToken);

    public Task<ApiResult<Profile>> GetProfileAsync(string accessToken, CancellationToken cancellationToken) =>
        Send<Profile>(HttpMethod.Get, "me", null, cancellationToken, accessToken);

    public Task<ApiResult<CodeSent>> ForgotPasswordAsync(string email, CancellationToken cancellationToken) =>
        Send<CodeSent>(HttpMethod.Post, "password/forgot", new { email }, cancellationToken);

    public Task<ApiResult<ResetTokenResponse>> VerifyResetCodeAsync(string email, string code, CancellationToken cancellationToken) =>
        Send<ResetTokenResponse>(HttpMethod.Post, "password/verify-code", new { email, code }, cancellationToken);

    public Task<ApiResult<Done>> ResetPasswordAsync(string resetToken, string newPassword, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Post, "password/reset", new { resetToken, newPassword }, cancellationToken);

    public Task<ApiResult<Done>> ChangePasswordAsync(string accessToken, string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Post, "password/change", new { currentPassword, newPassword }, cancellationToken, accessToken);

    public Task<ApiResult<CodeSent>> ChangeEmailAsync(string accessToken, string newEmail, string password, CancellationToken cancellationToken) =>
        Send<CodeSent>(HttpMethod.Post, "email/change", new { newEmail, password }, cancellationToken, accessToken);

    public Task<ApiResult<EmailChanged>> VerifyEmailChangeAsync(string accessToken, string code, CancellationToken cancellationToken) =>
        Send<EmailChanged>(HttpMethod.Post, "email/verify", new { code }, cancellationToken, accessToken);

    public Task<ApiResult<SessionList>> GetSessionsAsync(string accessToken, CancellationToken cancellationToken) =>
        Send<SessionList>(HttpMethod.Get, "sessions", null, cancellationToken, accessToken);

    public Task<ApiResult<Done>> SignOutSessionAsync(string accessToken, Guid sessionId, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Delete, $"sessions/{sessionId}", null, cancellationToken, accessToken);

    public Task<ApiResult<Done>> SignOutOtherSessionsAsync(string accessToken, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Delete, "sessions", null, cancellationToken, accessToken);

    /// <summary>Everything the portal holds about the account, as the JSON file identity names (GET /api/account/export).</summary>
    public async Task<ApiResult<AccountExportFile>> ExportAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = ApiCalls.Request(HttpMethod.Get, $"{Base}/export", accessToken: accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) return ApiResult<AccountExportFile>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "nato-multimedia-account.json";
        return ApiResult<AccountExportFile>.Success(new AccountExportFile(await response.Content.ReadAsByteArrayAsync(cancellationToken), fileName));
    }

    public Task<ApiResult<Done>> DeleteAccountAsync(string accessToken, string password, CancellationToken cancellationToken) =>
        Send<Done>(HttpMethod.Delete, "", new { password }, cancellationToken, accessToken);

    Task<ApiResult<T>> Send<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? accessToken = null) =>
        ApiCalls.SendAsync<T>(http, ApiCalls.Request(method, path.Length == 0 ? Base : $"{Base}/{path}", body, accessToken), cancellationToken);
}

/// <param name="Language">The page's language ("en", "fr"): the account keeps it, and its emails speak it.</param>
public sealed record RegisterRequest(string Email, string Password, string FirstName, string LastName, string? Organisation, string Language);

public sealed record RegisterResponse(string Email, int CodeExpiresInSeconds, string RegistrationToken);

public sealed record CodeSent(int CodeExpiresInSeconds);

/// <param name="DeviceToken">Only in a sign-in's answer: names this browser to identity at its next sign-ins (the device cookie).</param>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, string? DeviceToken = null);

public sealed record EmailChanged(string Email);

public sealed record SessionList(IReadOnlyList<SignedInDevice> Items);

public sealed record SignedInDevice(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, string? UserAgent, bool Current);

public sealed record ResetTokenResponse(string ResetToken, int ExpiresIn);

public sealed record Profile(
    string Email, string FirstName, string LastName, string? Organisation, bool EmailVerified,
    IReadOnlyList<string> Roles, DateTimeOffset CreatedAt);

public sealed record AccountExportFile(byte[] Content, string FileName);
