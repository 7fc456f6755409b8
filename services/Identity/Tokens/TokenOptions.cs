namespace NatoAspire.Identity.Tokens;

/// <summary>Lifetimes of what sign-in and password reset hand out (section <c>Tokens</c>). Issuer and audience: <see cref="IdentityTokens"/>.</summary>
public sealed class TokenOptions
{
    public const string Section = "Tokens";

    /// <summary>
    /// How long an access token is valid (the login answer's <c>expiresIn</c>); other services accept it until then,
    /// plus <see cref="IdentityTokens.ClockSkew"/>. At most 15 minutes, so a stolen one is short-lived. Defaults to 15 minutes.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a refresh token is valid if unused; each use rotates it and reuse of a rotated one revokes its
    /// family (401 <c>invalid_refresh_token</c>). Defaults to 14 days.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long after a refresh token is rotated a repeat of it still gets the same successor (Auth0's reuse interval):
    /// parallel requests of one session, through different web replicas, each present the token once. A use after
    /// the interval is reuse and revokes the family. Zero turns the interval off. Defaults to 10 seconds.
    /// </summary>
    public TimeSpan RefreshTokenReuseInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the reset token from <c>password/verify-code</c> lets its holder set a new password (its answer's
    /// <c>expiresIn</c>); later, or used once already, it answers 400 <c>invalid_reset_token</c>. Defaults to 15 minutes.
    /// </summary>
    public TimeSpan ResetTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
