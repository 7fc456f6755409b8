namespace NatoAspire.Contracts.Accounts;

// Integration events published by identity. Past tense, immutable, no logic.
// Codes travel only to notification, which emails them; they are never logged.

// ValidFor is how long identity's codes live (Codes:Lifetime): what the email says, whenever it is sent.

public sealed record VerificationCodeIssued(string Email, string FirstName, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor);

public sealed record PasswordResetCodeIssued(string Email, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor);

public sealed record PasswordChanged(Guid AccountId, string Email, string FirstName, DateTimeOffset ChangedAt);

public sealed record RegistrationAttemptedForExistingAccount(Guid AccountId, string Email, string FirstName, DateTimeOffset AttemptedAt);
