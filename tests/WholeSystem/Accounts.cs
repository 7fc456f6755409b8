using System.Net;
using NatoAspire.TestSupport;

namespace NatoAspire.WholeSystem;

/// <summary>Creates verified accounts the way a person would: register, read the code from the mailbox, verify.</summary>
public static class Accounts
{
    public const string Password = "Broadcast-Quality#2026";

    public static string NewEmail(string purpose) => $"{purpose}-{Guid.NewGuid():N}@example.test";

    public static async Task<string> ReadCodeAsync(Mailbox mailbox, string email, Func<MailSummary, bool>? match = null, TimeSpan? timeout = null)
    {
        var mail = await mailbox.WaitForMessageAsync(m => m.IsTo(email) && (match?.Invoke(m) ?? true), timeout ?? TimeSpan.FromSeconds(60));
        return Mailbox.FindSixDigitCode(await mailbox.GetPlainTextAsync(mail.Id))
            ?? throw new InvalidOperationException($"No code in the mail '{mail.Subject}' to {email}.");
    }

    public static async Task<string> CreateVerifiedAsync(SystemFixture system, string purpose)
    {
        var accounts = new AccountClient(system.Gateway);
        var email = NewEmail(purpose);
        using var registered = await accounts.RegisterAsync(email, Password);
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var registrationToken = await AccountClient.RegistrationTokenAsync(registered);
        var code = await ReadCodeAsync(system.Mailbox, email);
        using var verified = await accounts.VerifyAsync(email, code, registrationToken);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        return email;
    }
}
