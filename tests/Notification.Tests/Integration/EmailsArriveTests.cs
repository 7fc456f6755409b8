using MassTransit;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class EmailsArriveTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Verification_code_issued_sends_the_code_that_expires_in_30_minutes()
    {
        var address = Address.Unique("verify");

        await host.Bus.Publish(new VerificationCodeIssued(address, "Ada <Lovelace>", "604218", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        var html = await host.Mailbox.GetHtmlAsync(mail.Id);
        Assert.Equal("604218", Mailbox.FindSixDigitCode(text));
        Assert.Contains("This code will expire in 30 minutes.", text);
        Assert.Contains("Check your inbox and enter verification code", text);
        Assert.Contains("Ada &lt;Lovelace&gt;", html);
        Assert.Contains("no-reply@nato-media.test", mail.From);
    }

    [Fact]
    public async Task Password_reset_code_issued_sends_the_code_that_expires_in_30_minutes()
    {
        var address = Address.Unique("reset");

        await host.Bus.Publish(new PasswordResetCodeIssued(address, "917352", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        Assert.Equal("917352", Mailbox.FindSixDigitCode(text));
        Assert.Contains("This code will expire in 30 minutes.", text);
        Assert.Contains("Reset your NATO Multimedia password", mail.Subject);
    }

    [Fact]
    public async Task Password_changed_says_the_password_has_been_updated()
    {
        var address = Address.Unique("changed");

        await host.Bus.Publish(new PasswordChanged(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Equal("Your password has been updated", mail.Subject);
        Assert.Contains("Your password has been updated", await host.Mailbox.GetPlainTextAsync(mail.Id));
    }

    [Fact]
    public async Task Registering_an_existing_address_tells_the_owner_and_links_to_reset_password()
    {
        var address = Address.Unique("exists");

        await host.Bus.Publish(new RegistrationAttemptedForExistingAccount(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        Assert.Contains("You already have an account", text);
        Assert.Contains($"{NotificationFactory.PortalBaseUrl}/account/reset-password", text);
        Assert.Null(Mailbox.FindSixDigitCode(text));
    }

    [Fact]
    public async Task An_email_change_sends_the_code_to_the_new_address_and_tells_the_old_one()
    {
        var oldAddress = Address.Unique("old");
        var newAddress = Address.Unique("new");

        await host.Bus.Publish(new EmailChangeCodeIssued(Guid.NewGuid(), newAddress, "Ada", "385027", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));
        await host.Bus.Publish(new EmailChanged(Guid.NewGuid(), oldAddress, newAddress, "Ada", DateTimeOffset.UtcNow));

        var code = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(newAddress), Patience);
        Assert.Equal("385027", Mailbox.FindSixDigitCode(await host.Mailbox.GetPlainTextAsync(code.Id)));
        Assert.Contains("This code will expire in 30 minutes.", await host.Mailbox.GetPlainTextAsync(code.Id));
        var told = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(oldAddress), Patience);
        Assert.Contains("has been changed", told.Subject);
        Assert.Contains(newAddress, await host.Mailbox.GetPlainTextAsync(told.Id));
    }

    [Fact]
    public async Task A_sign_in_from_a_new_device_sends_a_security_alert()
    {
        var address = Address.Unique("new-device");

        await host.Bus.Publish(new SignedInFromNewDevice(Guid.NewGuid(), address, "Ada", "Mozilla/5.0 Test-Device", DateTimeOffset.UtcNow));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Contains("a new sign-in to your NATO Multimedia account", mail.Subject);
        Assert.Contains("Mozilla/5.0 Test-Device", await host.Mailbox.GetPlainTextAsync(mail.Id));
    }

    [Fact]
    public async Task Subscribing_sends_a_welcome_with_the_unsubscribe_link_and_headers()
    {
        var address = Address.Unique("welcome");
        var unsubscribe = new Uri($"{NotificationFactory.PortalBaseUrl}/api/newsletter/unsubscribe?token={Guid.NewGuid():N}");

        await host.Bus.Publish(new NewsletterSubscribed(Guid.NewGuid(), address, DateTimeOffset.UtcNow, unsubscribe));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Contains(unsubscribe.AbsoluteUri, await host.Mailbox.GetPlainTextAsync(mail.Id));
        Assert.Contains($"List-Unsubscribe: <{unsubscribe.AbsoluteUri}>", Unfolded(await host.Mailbox.GetRawAsync(mail.Id)));
    }

    [Fact]
    public async Task A_newsletter_copy_arrives_with_its_subject_bodies_footer_and_one_click_unsubscribe()
    {
        var address = Address.Unique("copy");
        var unsubscribe = new Uri($"{NotificationFactory.PortalBaseUrl}/api/newsletter/unsubscribe?token={Guid.NewGuid():N}.sig");
        var subject = $"KFOR reduction {Guid.NewGuid():N}";

        await host.Bus.Publish(new NewsletterCopyIssued(Guid.NewGuid(), Guid.NewGuid(), address, subject,
            "Lord Robertson welcomed the progress made in Kosovo.", "<html><body><h1>Kosovo</h1></body></html>",
            unsubscribe, DateTimeOffset.UtcNow));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var raw = Unfolded(await host.Mailbox.GetRawAsync(mail.Id));
        Assert.Equal(subject, mail.Subject);
        Assert.Contains("Lord Robertson welcomed the progress made in Kosovo.", await host.Mailbox.GetPlainTextAsync(mail.Id));
        Assert.Contains("<h1>Kosovo</h1>", await host.Mailbox.GetHtmlAsync(mail.Id));
        Assert.Contains($"List-Unsubscribe: <{unsubscribe.AbsoluteUri}>", raw);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", raw);
    }

    [Fact]
    public async Task No_log_line_contains_the_code()
    {
        var address = Address.Unique("logs");
        const string code = "550361";

        await host.Bus.Publish(new VerificationCodeIssued(address, "Ada", code, DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));
        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);

        Assert.Contains(host.Logs.Lines, line => line.Contains("Sent the verification email"));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(code));
    }

    /// <summary>Long headers are folded over several lines; joined again they compare as written.</summary>
    internal static string Unfolded(string raw) => raw.Replace("\r\n ", " ").Replace("\r\n\t", " ");
}

static class Address
{
    public static string Unique(string purpose) => $"{purpose}-{NewId.NextGuid():N}@example.test";
}
