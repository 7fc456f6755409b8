using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Tokens;

/// <summary>Signs the short-lived access tokens in the format every other service validates.</summary>
public sealed class AccessTokenIssuer(SigningKeyRing keys, IOptions<TokenOptions> options, TimeProvider time)
{
    static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => options.Value.AccessTokenLifetime;

    /// <param name="sessionId">The refresh-token family this token was handed out with, so that the session list can mark the caller's own.</param>
    public string Issue(Account account, Guid sessionId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [IdentityTokens.SubjectClaim] = account.Id.ToString(),
            [IdentityTokens.EmailClaim] = account.Email,
            [IdentityTokens.EmailVerifiedClaim] = account.EmailVerified,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
            [IdentityTokens.SessionClaim] = sessionId.ToString(),
            [IdentityTokens.LocaleClaim] = account.Language,
        };
        // One role is a string, several an array: either way one role claim per role for the reader.
        if (account.Roles.Count == 1) claims[IdentityTokens.RoleClaim] = account.Roles[0];
        else if (account.Roles.Count > 1) claims[IdentityTokens.RoleClaim] = account.Roles.ToArray();

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IdentityTokens.Issuer,
            Audience = IdentityTokens.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = keys.Credentials,
        });
    }
}
