namespace NatoAspire.Contracts.Newsletter;

// Integration events published by newsletter; notification turns them into email.
// Language is the subscriber's (from the account's token at subscribe time); a message without it reads as English.

/// <summary>A verified account subscribed for the first time (or again after unsubscribing): one welcome email.</summary>
public sealed record NewsletterSubscribed(Guid AccountId, string Email, DateTimeOffset SubscribedAt, Uri UnsubscribeUrl, string Language = "en");

/// <summary>
/// One subscriber's copy of an issue. Published once per subscriber in the same transaction as the issue,
/// so that each subscriber gets exactly one copy even across redeliveries and restarts.
/// </summary>
public sealed record NewsletterCopyIssued(
    Guid IssueId,
    Guid AccountId,
    string Email,
    string Subject,
    string TextBody,
    string? HtmlBody,
    Uri UnsubscribeUrl,
    DateTimeOffset PublishedAt,
    string Language = "en");
