namespace NatoAspire.WholeSystem.Load;

/// <summary>The subjects of the emails the load counts (English: the load registers without a language).</summary>
public static class EmailSubjects
{
    public const string Verification = "Your NATO Multimedia verification code";
    public const string NewsletterWelcome = "Welcome to the NATO Multimedia newsletter";
}
