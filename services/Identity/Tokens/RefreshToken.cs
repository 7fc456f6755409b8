namespace NatoAspire.Identity.Tokens;

/// <summary>
/// One refresh token, stored only as its SHA-256. Tokens that replace one another share a family, so reuse of a
/// rotated token can revoke every descendant at once.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public Guid FamilyId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the family's first token was issued (the sign-in), copied to every successor.</summary>
    public DateTimeOffset SessionStartedAt { get; set; }
    /// <summary>The <c>User-Agent</c> of the sign-in that started the family, copied to every successor.</summary>
    public string? UserAgent { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? ReplacedById { get; set; }

    /// <summary>The successor's secret, sealed with this token's own (<see cref="SuccessorSeal"/>); set on rotation.</summary>
    public byte[]? SealedSuccessor { get; set; }
}
