using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Registration;

/// <summary>
/// One registration of an address that is not verified yet, with the details it would activate. Several people may
/// register one address; the code proves the mailbox and the attempt's token (or its password) proves which of them
/// is verifying, so only that one's details become the account's.
/// </summary>
public sealed class RegistrationAttempt
{
    /// <summary>Grows with every attempt, so the newest of an address are the highest.</summary>
    public long Id { get; set; }
    public required string Email { get; set; }
    /// <summary>SHA-256 of the registration token; the token itself exists only in the answer to the registration.</summary>
    public required byte[] TokenHash { get; set; }
    public required string PasswordHash { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Organisation { get; set; }
    /// <summary>The language this attempt registered in; the account takes it with the other details.</summary>
    public string Language { get; set; } = PortalLanguages.Default;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The account as this attempt would make it, for checking a password against the attempt's hash.</summary>
    public Account AsAccount() => new()
    {
        Email = Email,
        FirstName = FirstName,
        LastName = LastName,
        Organisation = Organisation,
        Language = Language,
        PasswordHash = PasswordHash,
    };

    public void ActivateOn(Account account)
    {
        account.FirstName = FirstName;
        account.LastName = LastName;
        account.Organisation = Organisation;
        account.Language = Language;
        account.PasswordHash = PasswordHash;
    }
}
