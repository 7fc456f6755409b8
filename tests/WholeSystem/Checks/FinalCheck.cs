using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.WholeSystem.Load;
using NatoAspire.TestSupport;

namespace NatoAspire.WholeSystem.Checks;

/// <summary>
/// After the load: every account it registered has exactly one verification email and logs in; every subscription is
/// still there, with one welcome email; every download's SHA-256 matched the catalogue's.
/// </summary>
public sealed class FinalCheck(SystemFixture system, LoadItems items)
{
    /// <summary>Emails still on their way when the load stops (a broker restart delays them) get this long.</summary>
    static readonly TimeSpan MailTimeout = TimeSpan.FromMinutes(3);
    /// <summary>A second copy of an email, if any, comes close behind the first.</summary>
    static readonly TimeSpan DuplicateWait = TimeSpan.FromSeconds(10);

    readonly AccountClient accounts = new(system.Gateway);

    public async Task<IReadOnlyList<ItemProblem>> RunAsync()
    {
        var mail = await WaitForMailAsync();
        var problems = new List<ItemProblem>();
        int Count(string email, string subject) => mail.Count(m => m.IsTo(email) && m.Subject == subject);

        foreach (var account in items.Accounts)
        {
            var codes = Count(account.Email, EmailSubjects.Verification);
            if (codes == 0) problems.Add(new(account.Phase, $"{account.Email}: no verification email", Duplicated: false));
            if (codes > 1) problems.Add(new(account.Phase, $"{account.Email}: {codes} verification emails", Duplicated: true));
            if (!account.Verified && codes > 0) await VerifyNowAsync(account, mail);
            using var login = await accounts.LoginAsync(account.Email, WholeSystem.Accounts.Password);
            if (login.StatusCode != HttpStatusCode.OK)
                problems.Add(new(account.Phase, $"{account.Email}: login answers {(int)login.StatusCode}", Duplicated: false));
        }

        foreach (var subscription in items.Subscriptions)
        {
            var token = await accounts.AccessTokenAsync(subscription.Email, WholeSystem.Accounts.Password);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/newsletter/subscription");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var answer = await system.Gateway.SendAsync(request);
            var subscribed = answer.IsSuccessStatusCode && (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscribed").GetBoolean();
            if (!subscribed) problems.Add(new(subscription.Phase, $"{subscription.Email}: subscription gone", Duplicated: false));
            var welcomes = Count(subscription.Email, EmailSubjects.NewsletterWelcome);
            if (welcomes == 0) problems.Add(new(subscription.Phase, $"{subscription.Email}: no welcome email", Duplicated: false));
            if (welcomes > 1) problems.Add(new(subscription.Phase, $"{subscription.Email}: {welcomes} welcome emails", Duplicated: true));
        }

        foreach (var download in items.Downloads.Where(d => d.ActualSha256 != d.ExpectedSha256))
            problems.Add(new(download.Phase, $"download of {download.FileId}: SHA-256 {download.ActualSha256}, expected {download.ExpectedSha256}", Duplicated: false));
        return problems;
    }

    /// <summary>An account whose verification failed on a fault during the load is verified now, with its emailed code.</summary>
    async Task VerifyNowAsync(RegisteredAccount account, IReadOnlyList<MailSummary> mail)
    {
        var message = mail.First(m => m.IsTo(account.Email) && m.Subject == EmailSubjects.Verification);
        if (Mailbox.FindSixDigitCode(await system.Mailbox.GetPlainTextAsync(message.Id)) is not { } code) return;
        using var _ = await accounts.VerifyAsync(account.Email, code, account.RegistrationToken);
    }

    async Task<IReadOnlyList<MailSummary>> WaitForMailAsync()
    {
        var deadline = DateTime.UtcNow + MailTimeout;
        while (true)
        {
            var mail = await system.Mailbox.ListAllAsync();
            var complete = items.Accounts.All(a => mail.Any(m => m.IsTo(a.Email) && m.Subject == EmailSubjects.Verification))
                && items.Subscriptions.All(s => mail.Any(m => m.IsTo(s.Email) && m.Subject == EmailSubjects.NewsletterWelcome));
            if (complete || DateTime.UtcNow > deadline) break;
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
        await Task.Delay(DuplicateWait);
        return await system.Mailbox.ListAllAsync();
    }
}
