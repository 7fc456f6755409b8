namespace NatoAspire.Contracts.Accounts;

// Integration events published by identity. Past tense, immutable, no logic.
// Codes travel only to notification, which emails them; they are never logged.

// ValidFor is how long identity's codes live (Codes:Lifetime): what the email says, whenever it is sent.

public sealed record VerificationCodeIssued(string Email, string FirstName, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor);

public sealed record PasswordResetCodeIssued(string Email, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor);

public sealed record PasswordChanged(Guid AccountId, string Email, string FirstName, DateTimeOffset ChangedAt);

public sealed record RegistrationAttemptedForExistingAccount(Guid AccountId, string Email, string FirstName, DateTimeOffset AttemptedAt);

// The account is gone: every service forgets the person. The address and name travel only so that notification can
// send the last email; consumers key on AccountId and must change nothing when it arrives again.
public sealed record AccountDeleted(Guid AccountId, string Email, string FirstName, DateTimeOffset DeletedAt);
