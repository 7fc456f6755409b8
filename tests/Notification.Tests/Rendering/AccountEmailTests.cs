using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Accounts;
using NatoAspire.Notification.PasswordReset;
using NatoAspire.Notification.Registration;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Tests.Rendering;

public sealed class AccountEmailTests
{
    static readonly PortalOptions Portal = new() { PublicBaseUrl = "https://media.example.test/" };

    [Fact]
    public void Password_changed_email_says_the_password_has_been_updated()
    {
        var email = PasswordChangedEmail.Render(Samples.PasswordChanged(), Portal);

        Assert.Equal("Your password has been updated", email.Subject);
        Assert.Contains("Your password has been updated", email.TextBody);
        Assert.Contains("Your password has been updated", email.HtmlBody);
        Assert.Contains("https://media.example.test/account/reset-password", email.TextBody);
    }

    [Fact]
    public void Already_registered_email_says_an_account_exists_and_links_to_reset_password()
    {
        var email = AccountExistsEmail.Render(Samples.RegistrationAttempt(), Portal);

        Assert.Contains("already have", email.Subject);
        Assert.Contains("You already have an account", email.TextBody);
        Assert.Contains("https://media.example.test/account/reset-password", email.TextBody);
        Assert.Contains("href=\"https://media.example.test/account/reset-password\"", email.HtmlBody);
    }

    [Fact]
    public void Already_registered_email_encodes_the_first_name_in_HTML()
    {
        var email = AccountExistsEmail.Render(Samples.RegistrationAttempt(firstName: "<script>alert(1)</script>"), Portal);

        Assert.DoesNotContain("<script>", email.HtmlBody);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
    }

    [Fact]
    public void Account_deleted_email_says_the_account_is_gone_and_no_more_email_follows_with_the_name_encoded()
    {
        var email = AccountDeletedEmail.Render(new AccountDeleted(Guid.NewGuid(), "ada@example.test", "<b>Ada</b>", DateTimeOffset.UtcNow), Portal);

        Assert.Equal("Your NATO Multimedia account has been deleted", email.Subject);
        Assert.Contains("Your account has been deleted", email.TextBody);
        Assert.Contains("This is the last email we send to this address.", email.TextBody);
        Assert.Contains("Your account has been deleted", email.HtmlBody);
        Assert.Contains("&lt;b&gt;Ada&lt;/b&gt;", email.HtmlBody);
    }

    [Fact]
    public void The_reset_link_uses_the_default_portal_address_without_configuration()
    {
        Assert.Equal("http://127.0.0.1:8080/account/reset-password", new PortalOptions().ResetPasswordUrl.AbsoluteUri);
    }
}
