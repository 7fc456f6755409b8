using System.Security.Claims;

namespace NatoAspire.Newsletter.Accounts;

/// <summary>Who is calling, as identity's access token says.</summary>
public static class AccountClaims
{
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var id) ? id : null;

    /// <summary>The account's language from the token's <c>locale</c> claim; English for a token without one.</summary>
    public static string Language(this ClaimsPrincipal user) =>
        PortalLanguages.Normalize(user.FindFirstValue(IdentityTokens.LocaleClaim));

    public static string? Email(this ClaimsPrincipal user) =>
        user.FindFirstValue(IdentityTokens.EmailClaim)?.Trim() is { Length: > 0 } email ? email : null;
}
