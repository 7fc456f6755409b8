using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Tokens;

/// <summary>The pair a sign-in or a refresh hands out.</summary>
public sealed class SessionTokens(AccessTokenIssuer accessTokens, RefreshTokens refreshTokens)
{
    /// <summary>Starts a new session; the refresh token is saved with the caller's SaveChanges.</summary>
    public TokenResponse Start(Account account) => Respond(account, refreshTokens.Add(account.Id));

    public TokenResponse Respond(Account account, string refreshToken) =>
        new(accessTokens.Issue(account), "Bearer", (int)accessTokens.Lifetime.TotalSeconds, refreshToken);
}
