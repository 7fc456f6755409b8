namespace NatoAspire.Contracts.Accounts;

// Integration events published by identity. Past tense, immutable, no logic.
// Codes travel only to notification, which emails them; they are never logged.

// Language is the account's (PortalLanguages: "en" or "fr"): every email is written in it. It comes last with a
// default, so that a message published before accounts had a language still reads, as English.

// ValidFor is how long identity's codes live (Codes:Lifetime): what the email says, whenever it is sent.

public sealed record VerificationCodeIssued(string Email, string FirstName, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor, string Language = "en");

public sealed record PasswordResetCodeIssued(string Email, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor, string Language = "en");

public sealed record PasswordChanged(Guid AccountId, string Email, string FirstName, DateTimeOffset ChangedAt, string Language = "en");

public sealed record RegistrationAttemptedForExistingAccount(Guid AccountId, string Email, string FirstName, DateTimeOffset AttemptedAt, string Language = "en");


// Self-service (docs/contract.md §4): every change is emailed to the owner.

/// <summary>A code that proves the new address of an email change; it goes to that new address.</summary>
public sealed record EmailChangeCodeIssued(Guid AccountId, string Email, string FirstName, string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor, string Language = "en");

/// <summary>The account's address changed; the old address is told, so that a change its owner did not make is noticed.</summary>
public sealed record EmailChanged(Guid AccountId, string OldEmail, string NewEmail, string FirstName, DateTimeOffset ChangedAt, string Language = "en");

/// <summary>A sign-in from a device the account had not used before (one without a device token for the address).</summary>
public sealed record SignedInFromNewDevice(Guid AccountId, string Email, string FirstName, string? UserAgent, DateTimeOffset SignedInAt, string Language = "en");

// The account is gone: every service forgets the person. The address and name travel only so that notification can
// send the last email; consumers key on AccountId and must change nothing when it arrives again.
public sealed record AccountDeleted(Guid AccountId, string Email, string FirstName, DateTimeOffset DeletedAt, string Language = "en");
