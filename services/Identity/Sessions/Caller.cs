using System.Security.Claims;

namespace NatoAspire.Identity.Sessions;

/// <summary>Who is calling a self-service endpoint: the account and the session its access token names.</summary>
public sealed record Caller(Guid AccountId, Guid? SessionId)
{
    /// <summary>Null when the token names no account; a token from before sessions were named has no session id.</summary>
    public static Caller? Of(ClaimsPrincipal user)
    {
        if (!Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var accountId)) return null;
        return new Caller(accountId, Guid.TryParse(user.FindFirstValue(IdentityTokens.SessionClaim), out var sessionId) ? sessionId : null);
    }
}
