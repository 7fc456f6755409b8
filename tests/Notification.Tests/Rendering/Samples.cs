using NatoAspire.Contracts.Accounts;
using NatoAspire.Contracts.Newsletter;

namespace NatoAspire.Notification.Tests.Rendering;

/// <summary>Events as identity and newsletter publish them, with values a test can recognise.</summary>
static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    public static VerificationCodeIssued VerificationCode(
        string email = "alice@example.test", string firstName = "Alice", string code = "482913", int validForMinutes = 30) =>
        new(email, firstName, code, Now.AddMinutes(validForMinutes), TimeSpan.FromMinutes(validForMinutes));

    public static PasswordResetCodeIssued ResetCode(string email = "alice@example.test", string code = "731905", int validForMinutes = 30) =>
        new(email, code, Now.AddMinutes(validForMinutes), TimeSpan.FromMinutes(validForMinutes));

    public static PasswordChanged PasswordChanged(string email = "alice@example.test", string firstName = "Alice") =>
        new(Guid.NewGuid(), email, firstName, Now);

    public static RegistrationAttemptedForExistingAccount RegistrationAttempt(string email = "alice@example.test", string firstName = "Alice") =>
        new(Guid.NewGuid(), email, firstName, Now);

    public static EmailChangeCodeIssued EmailChangeCode(string email = "alice.new@example.test", string code = "264801", int validForMinutes = 30) =>
        new(Guid.NewGuid(), email, "Alice", code, Now.AddMinutes(validForMinutes), TimeSpan.FromMinutes(validForMinutes));

    public static EmailChanged EmailChanged(string oldEmail = "alice@example.test", string newEmail = "alice.new@example.test", string firstName = "Alice") =>
        new(Guid.NewGuid(), oldEmail, newEmail, firstName, Now);

    public static SignedInFromNewDevice NewSignIn(string email = "alice@example.test", string? userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0") =>
        new(Guid.NewGuid(), email, "Alice", userAgent, Now);

    public static NewsletterSubscribed Subscribed(string email = "alice@example.test") =>
        new(Guid.NewGuid(), email, Now, new Uri("http://127.0.0.1:8080/api/newsletter/unsubscribe?token=abc.DEF-123"));

    public static NewsletterCopyIssued Copy(
        string email = "alice@example.test",
        string subject = "KFOR reduction: Lord Robertson in Kosovo",
        string textBody = "During a one-day visit to the province on 27 June 2002, Lord Robertson welcomed the progress made in Kosovo.",
        string? htmlBody = null,
        Guid? issueId = null) =>
        new(issueId ?? Guid.NewGuid(), Guid.NewGuid(), email, subject, textBody, htmlBody,
            new Uri("http://127.0.0.1:8080/api/newsletter/unsubscribe?token=tok.EN-42"), Now);
}
