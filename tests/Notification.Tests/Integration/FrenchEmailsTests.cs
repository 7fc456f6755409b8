using NatoAspire.Contracts.Accounts;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>An account that registered in French gets every email in French: subject, text part and HTML part.</summary>
[Collection(NotificationCollection.Name)]
public sealed class FrenchEmailsTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_French_verification_code_arrives_in_French()
    {
        var address = Address.Unique("verify-fr");

        await host.Bus.Publish(new VerificationCodeIssued(address, "Ada", "604218", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30), "fr"));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        var html = await host.Mailbox.GetHtmlAsync(mail.Id);
        Assert.Equal("Votre code de vérification NATO Multimedia", mail.Subject);
        Assert.Equal("604218", Mailbox.FindSixDigitCode(text));
        foreach (var part in new[] { text, System.Net.WebUtility.HtmlDecode(html) })
        {
            Assert.Contains("Bonjour Ada,", part);
            Assert.Contains("Vérifiez votre boîte de réception et saisissez le code de vérification", part);
            Assert.Contains("Ce code expirera dans 30 minutes.", part);
            Assert.DoesNotContain("expire in", part);
        }
        Assert.Contains("<html lang=\"fr\">", html);
    }

    [Fact]
    public async Task A_French_password_change_arrives_in_French()
    {
        var address = Address.Unique("changed-fr");

        await host.Bus.Publish(new PasswordChanged(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow, "fr"));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Equal("Votre mot de passe a été mis à jour", mail.Subject);
        Assert.Contains("Votre mot de passe a été mis à jour.", await host.Mailbox.GetPlainTextAsync(mail.Id));
        Assert.Contains("<html lang=\"fr\">", await host.Mailbox.GetHtmlAsync(mail.Id));
    }

    [Fact]
    public async Task A_French_reset_code_arrives_in_French()
    {
        var address = Address.Unique("reset-fr");

        await host.Bus.Publish(new PasswordResetCodeIssued(address, "917352", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30), "fr"));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        Assert.Equal("Réinitialisez votre mot de passe NATO Multimedia", mail.Subject);
        Assert.Contains("Réinitialiser le mot de passe", text);
        Assert.Contains("Ce code expirera dans 30 minutes.", text);
        Assert.Contains("Réinitialiser le mot de passe", System.Net.WebUtility.HtmlDecode(await host.Mailbox.GetHtmlAsync(mail.Id)));
    }

    [Fact]
    public async Task A_French_new_sign_in_alert_names_the_moment_in_French()
    {
        var address = Address.Unique("sign-in-fr");

        await host.Bus.Publish(new SignedInFromNewDevice(Guid.NewGuid(), address, "Ada", null,
            new DateTimeOffset(2026, 6, 27, 14, 5, 0, TimeSpan.Zero), "fr"));

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var text = await host.Mailbox.GetPlainTextAsync(mail.Id);
        Assert.Contains("une nouvelle connexion à votre compte NATO Multimedia", mail.Subject);
        Assert.Contains("le 27 juin 2026 à 14\u00A0h\u00A005 UTC", text);
        Assert.Contains("Appareil\u00A0: inconnu", text);
    }
}
