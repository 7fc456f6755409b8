namespace NatoAspire.Notification.Rendering;

/// <summary>The kinds of email, as they appear in metrics, traces, logs and the delivery log.</summary>
public static class EmailKind
{
    public const string Verification = "verification";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string AccountExists = "account-exists";
    public const string EmailChangeCode = "email-change-code";
    public const string EmailChanged = "email-changed";
    public const string NewSignIn = "new-sign-in";
    public const string AccountDeleted = "account-deleted";
    public const string NewsletterWelcome = "newsletter-welcome";
    public const string NewsletterCopy = "newsletter-copy";
}
