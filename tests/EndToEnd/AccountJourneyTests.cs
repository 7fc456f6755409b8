using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.TestSupport;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class AccountJourneyTests(SystemFixture system)
{
    const string NewPassword = "Fresh-Start#Password42";

    readonly AccountClient accounts = new(system.Gateway);

    [Fact]
    public async Task Register_verify_send_new_code_log_in_and_reset_the_password_through_the_gateway()
    {
        var email = Accounts.NewEmail("journey");
        var secrets = new List<string> { Accounts.Password, NewPassword };

        // Create an account: 202, and a verification email with a code valid as long as identity says.
        using var registered = await accounts.RegisterAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        var registration = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SystemFixture.CodeLifetime.TotalSeconds, registration.GetProperty("codeExpiresInSeconds").GetInt32());
        var registrationToken = registration.GetProperty("registrationToken").GetString()!;
        secrets.Add(registrationToken);
        var firstCode = await CodeNumberAsync(email, IsVerification, 1);
        secrets.Add(firstCode);

        // A wrong code is refused.
        using var wrong = await accounts.VerifyAsync(email, OtherCode(firstCode), registrationToken);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("invalid_code", await AccountClient.ProblemCodeAsync(wrong));

        // "Didn't receive a code? Send new Code": not within the send interval of the last one, then a new code replaces the old.
        using var tooSoon = await accounts.ResendCodeAsync(email);
        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.StatusCode);
        Assert.Equal("rate_limited", await AccountClient.ProblemCodeAsync(tooSoon));
        var wait = tooSoon.Headers.RetryAfter?.Delta ?? throw new InvalidOperationException("429 without Retry-After");
        Assert.InRange(wait, TimeSpan.FromSeconds(1), SystemFixture.CodeSendInterval);
        await Task.Delay(wait + TimeSpan.FromSeconds(1));
        using var resent = await accounts.ResendCodeAsync(email);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        var secondCode = await CodeNumberAsync(email, IsVerification, 2);
        secrets.Add(secondCode);
        if (secondCode != firstCode)
        {
            using var replaced = await accounts.VerifyAsync(email, firstCode, registrationToken);
            Assert.Equal("invalid_code", await AccountClient.ProblemCodeAsync(replaced));
        }

        using var verified = await accounts.VerifyAsync(email, secondCode, registrationToken);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.True((await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verified").GetBoolean());

        // Log in, and the profile says who we are.
        using var login = await accounts.LoginAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        var accessToken = tokens.GetProperty("accessToken").GetString()!;
        secrets.Add(accessToken);
        secrets.Add(tokens.GetProperty("refreshToken").GetString()!);
        using var me = await accounts.MeAsync(accessToken);
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.True(profile.GetProperty("emailVerified").GetBoolean());

        // Reset password by an emailed code, then "Create a new password".
        using var forgot = await accounts.ForgotAsync(email);
        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        var resetCode = await CodeNumberAsync(email, IsPasswordReset, 1);
        secrets.Add(resetCode);
        using var codeChecked = await accounts.VerifyResetCodeAsync(email, resetCode);
        Assert.Equal(HttpStatusCode.OK, codeChecked.StatusCode);
        var resetToken = (await codeChecked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resetToken").GetString()!;
        secrets.Add(resetToken);
        using var reset = await accounts.ResetAsync(resetToken, NewPassword);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        // "Your password has been updated": the email arrives, the old password fails, the new one works.
        await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email) && m.Subject.Contains("password has been updated", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(60));
        using var oldLogin = await accounts.LoginAsync(email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, oldLogin.StatusCode);
        Assert.Equal("invalid_credentials", await AccountClient.ProblemCodeAsync(oldLogin));
        using var newLogin = await accounts.LoginAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, newLogin.StatusCode);

        // No password, code or token ever reached a log line of any service.
        await Task.Delay(TimeSpan.FromSeconds(2)); // let the last log lines arrive
        var leaks = system.Logs.Lines.Where(line => secrets.Any(secret => line.Contains(secret, StringComparison.Ordinal))).ToList();
        Assert.True(system.Logs.Lines.Count > 0, "No log lines were captured, so the search would prove nothing.");
        Assert.Empty(leaks);
    }

    static bool IsVerification(MailSummary mail) => mail.Subject.Contains("verification", StringComparison.OrdinalIgnoreCase);

    static bool IsPasswordReset(MailSummary mail) => mail.Subject.Contains("reset", StringComparison.OrdinalIgnoreCase);

    /// <summary>Waits for the n-th email of a kind to an address and returns its code.</summary>
    async Task<string> CodeNumberAsync(string email, Func<MailSummary, bool> kind, int number)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var mails = (await system.Mailbox.ListAsync()).Where(m => m.IsTo(email) && kind(m)).ToList();
            if (mails.Count >= number)
            {
                var newest = mails[0]; // the mailbox lists the newest first
                return Mailbox.FindSixDigitCode(await system.Mailbox.GetPlainTextAsync(newest.Id))
                    ?? throw new InvalidOperationException($"No code in '{newest.Subject}'.");
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Email number {number} to {email} did not arrive.");
            await Task.Delay(250);
        }
    }

    static string OtherCode(string code) => code[..5] + (char)('0' + (code[5] - '0' + 1) % 10);
}
