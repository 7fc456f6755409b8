namespace Microsoft.Extensions.Hosting;

/// <summary>The shape of identity's access tokens, as every service validates them.</summary>
public static class IdentityTokens
{
    public const string Issuer = "natoaspire-identity";
    public const string Audience = "natoaspire";

    /// <summary>Identity's JWKS, reached through service discovery unless Identity:JwksUrl says otherwise.</summary>
    public const string DefaultJwksUrl = "http://identity/api/account/.well-known/jwks.json";

    public const string SubjectClaim = "sub";
    public const string EmailClaim = "email";
    public const string EmailVerifiedClaim = "email_verified";
    public const string RoleClaim = "role";
    /// <summary>The session (refresh-token family) an access token was handed out with (OpenID Connect's <c>sid</c>).</summary>
    public const string SessionClaim = "sid";

    /// <summary>The account's language (OpenID Connect's <c>locale</c>, one of PortalLanguages), so other services write to it in it.</summary>
    public const string LocaleClaim = "locale";

    public const string AdminRole = "admin";

    /// <summary>How far the clocks of identity and a validating service may disagree about a token's lifetime.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Signed in with an address that has been verified: what downloads and subscriptions need.</summary>
    public const string VerifiedAccountPolicy = "verified-account";
    public const string AdminPolicy = "admin";
}
