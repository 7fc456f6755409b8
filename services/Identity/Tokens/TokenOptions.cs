namespace NatoAspire.Identity.Tokens;

public sealed class TokenOptions
{
    public const string Section = "Tokens";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan ResetTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
