namespace NatoAspire.Identity.Tokens;

public sealed class TokenOptions
{
    public const string Section = "Tokens";

    /// <summary>What other services check; fixed by the contract.</summary>
    public const string Issuer = "natoaspire-identity";
    public const string Audience = "natoaspire";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long after a refresh token is rotated a repeat of it still gets the same successor (Auth0's reuse interval):
    /// parallel requests of one session, through different web replicas, each present the token once. A use after
    /// the interval is reuse and revokes the family. Zero turns the interval off. Defaults to 10 seconds.
    /// </summary>
    public TimeSpan RefreshTokenReuseInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan ResetTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
