using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace NatoAspire.Web.Session;

/// <summary>The API tokens kept inside the (encrypted) session cookie's ticket.</summary>
public sealed record SessionTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt)
{
    const string AccessTokenName = "access_token";
    const string RefreshTokenName = "refresh_token";
    const string ExpiresAtName = "expires_at";

    public static SessionTokens From(Apis.TokenResponse response, DateTimeOffset now) =>
        new(response.AccessToken, response.RefreshToken, now.AddSeconds(response.ExpiresIn));

    public static SessionTokens? Read(AuthenticationProperties? properties)
    {
        var access = properties?.GetTokenValue(AccessTokenName);
        var refresh = properties?.GetTokenValue(RefreshTokenName);
        var expiresAt = properties?.GetTokenValue(ExpiresAtName);
        if (access is null || refresh is null || expiresAt is null) return null;
        return DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? new SessionTokens(access, refresh, at)
            : null;
    }

    public void WriteTo(AuthenticationProperties properties) => properties.StoreTokens(
    [
        new AuthenticationToken { Name = AccessTokenName, Value = AccessToken },
        new AuthenticationToken { Name = RefreshTokenName, Value = RefreshToken },
        new AuthenticationToken { Name = ExpiresAtName, Value = AccessTokenExpiresAt.ToString("o", CultureInfo.InvariantCulture) },
    ]);
}
