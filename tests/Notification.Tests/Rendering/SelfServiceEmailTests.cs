using NatoAspire.Notification.Rendering;
using NatoAspire.Notification.SelfService;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Rendering;

public sealed class SelfServiceEmailTests
{
    static readonly PortalOptions Portal = new() { PublicBaseUrl = "https://media.example.test/" };

    [Fact]
    public void The_email_change_code_says_what_it_is_for_and_how_long_it_lasts()
    {
        var email = EmailChangeCodeEmail.Render(Samples.EmailChangeCode(validForMinutes: 10));

        Assert.Equal("264801", Mailbox.FindSixDigitCode(email.TextBody));
        Assert.Contains("This code will expire in 10 minutes.", email.TextBody);
        Assert.Contains("Change email address", email.TextBody);
        Assert.Contains("264801", email.HtmlBody);
    }

    [Fact]
    public void The_old_address_is_told_where_the_account_went()
    {
        var email = EmailChangedEmail.Render(Samples.EmailChanged(newEmail: "<b>new</b>@example.test"), Portal);

        Assert.Contains("has been changed", email.Subject);
        Assert.Contains("<b>new</b>@example.test", email.TextBody);
        Assert.DoesNotContain("<b>new</b>", email.HtmlBody);
        Assert.Contains("&lt;b&gt;new&lt;/b&gt;@example.test", email.HtmlBody);
        Assert.Null(Mailbox.FindSixDigitCode(email.TextBody));
    }

    [Fact]
    public void The_sign_in_alert_names_the_device_and_the_time_and_links_to_password_and_sessions()
    {
        var email = NewSignInEmail.Render(Samples.NewSignIn(), Portal);

        Assert.Contains("a new sign-in to your NATO Multimedia account", email.Subject);
        Assert.Contains("Firefox/140.0", email.TextBody);
        Assert.Contains("10:00 UTC on 28 November 2026", email.TextBody);
        Assert.Contains("https://media.example.test/account/password", email.TextBody);
        Assert.Contains("https://media.example.test/account/sessions", email.TextBody);
        Assert.Contains("href=\"https://media.example.test/account/sessions\"", email.HtmlBody);
    }

    [Fact]
    public void The_sign_in_alert_encodes_the_user_agent_and_says_unknown_without_one()
    {
        var hostile = NewSignInEmail.Render(Samples.NewSignIn(userAgent: "<script>alert(1)</script>"), Portal);
        var unknown = NewSignInEmail.Render(Samples.NewSignIn(userAgent: null), Portal);

        Assert.DoesNotContain("<script>", hostile.HtmlBody);
        Assert.Contains("Device: unknown", unknown.TextBody);
    }
}
