using NatoAspire.Notification.PasswordReset;
using NatoAspire.Notification.Verification;

namespace NatoAspire.Notification.Tests.Rendering;

public sealed class CodeEmailTests
{
    [Fact]
    public void Verification_email_carries_the_code_and_says_it_expires_in_30_minutes()
    {
        var email = VerificationEmail.Render(Samples.VerificationCode(code: "482913"));

        Assert.Contains("482913", email.TextBody);
        Assert.Contains("482913", email.HtmlBody);
        Assert.Contains("This code will expire in 30 minutes.", email.TextBody);
        Assert.Contains("This code will expire in 30 minutes.", email.HtmlBody);
        Assert.Contains("Check your inbox and enter verification code", email.TextBody);
        Assert.Contains("10:30 UTC on 28 November 2026", email.TextBody);
        Assert.DoesNotContain("482913", email.Subject);
    }

    [Fact]
    public void Code_emails_say_the_lifetime_their_event_carries()
    {
        var verification = VerificationEmail.Render(Samples.VerificationCode(validForMinutes: 10));
        var reset = PasswordResetEmail.Render(Samples.ResetCode(validForMinutes: 90));

        Assert.Contains("This code will expire in 10 minutes.", verification.TextBody);
        Assert.Contains("This code will expire in 10 minutes.", verification.HtmlBody);
        Assert.Contains("This code will expire in 90 minutes.", reset.TextBody);
        Assert.DoesNotContain("30 minutes", verification.TextBody + reset.TextBody);
    }

    [Fact]
    public void Verification_email_greets_by_first_name_and_encodes_it_in_HTML()
    {
        var email = VerificationEmail.Render(Samples.VerificationCode(firstName: "<b onmouseover=\"x()\">Eve</b> & Co"));

        Assert.Contains("Dear <b onmouseover=\"x()\">Eve</b> & Co,", email.TextBody);
        Assert.DoesNotContain("<b onmouseover", email.HtmlBody);
        Assert.Contains("&lt;b onmouseover=&quot;x()&quot;&gt;Eve&lt;/b&gt; &amp; Co", email.HtmlBody);
    }

    [Fact]
    public void Password_reset_email_carries_the_code_and_says_it_expires_in_30_minutes()
    {
        var email = PasswordResetEmail.Render(Samples.ResetCode(code: "731905"));

        Assert.Contains("731905", email.TextBody);
        Assert.Contains("731905", email.HtmlBody);
        Assert.Contains("This code will expire in 30 minutes.", email.TextBody);
        Assert.Contains("This code will expire in 30 minutes.", email.HtmlBody);
        Assert.Contains("Check your inbox and enter verification code", email.TextBody);
        Assert.Contains("Check your inbox and enter verification code", email.HtmlBody);
        Assert.Contains("reset", email.Subject, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_email_speaks_as_NATO_Multimedia()
    {
        var email = VerificationEmail.Render(Samples.VerificationCode());

        Assert.Contains("NATO Multimedia", email.Subject);
        Assert.Contains("NATO Multimedia", email.TextBody);
        Assert.Contains("NATO MULTIMEDIA", email.HtmlBody);
    }
}
