using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Tokens;

/// <summary>The pair a sign-in or a refresh hands out; the access token names its session (<c>sid</c>).</summary>
public sealed class SessionTokens(AccessTokenIssuer accessTokens, RefreshTokens refreshTokens)
{
    /// <summary>Starts a new session; the refresh token is saved with the caller's SaveChanges.</summary>
    public TokenResponse Start(Account account, string? userAgent)
    {
        var session = refreshTokens.Add(account.Id, userAgent);
        return Respond(account, session.FamilyId, session.RefreshToken);
    }

    public TokenResponse Respond(Account account, Guid sessionId, string refreshToken) =>
        new(accessTokens.Issue(account, sessionId), "Bearer", (int)accessTokens.Lifetime.TotalSeconds, refreshToken);
}
