namespace NatoAspire.Identity.Accounts;

/// <summary>A portal account. The email is stored trimmed and lower-cased, so it is unique whatever the case.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Organisation { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>The language the account registered in (PortalLanguages): every email it gets is written in it.</summary>
    public string Language { get; set; } = PortalLanguages.Default;
    public bool EmailVerified { get; set; }
    public List<string> Roles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>The last successful sign-in; null until the first, which is why that one sends no new-device alert.</summary>
    public DateTimeOffset? LastSignedInAt { get; set; }
    /// <summary>Touched by every registration of the address, so that each one writes the same kind of row.</summary>
    public DateTimeOffset? LastRegistrationAttemptAt { get; set; }
}
