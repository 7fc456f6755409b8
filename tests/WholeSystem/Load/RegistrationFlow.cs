using System.Collections.Concurrent;
using NatoAspire.TestSupport;

namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// Registers a new address at a steady pace and takes each one through as a person would, without waiting for it
/// before the next registration: the emailed code, verification, a login, and for every other account the newsletter.
/// </summary>
public sealed class RegistrationFlow(LoadCalls calls, LoadItems items, MailWatch mail, string name)
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.5);
    /// <summary>Longer than any outage of the run: a code waits in the outbox or the broker while they are down.</summary>
    static readonly TimeSpan CodeTimeout = TimeSpan.FromMinutes(4);
    const int Tries = 3;

    readonly ConcurrentBag<Task> followThroughs = [];

    public async Task RunAsync(CancellationToken stopping)
    {
        for (var i = 0; await Pace.WaitAsync(Interval, stopping); i++)
        {
            var email = WholeSystem.Accounts.NewEmail($"{name}{i}");
            var phase = items.Phase;
            if (await calls.RegisterAsync(email) is not { } registrationToken) continue;
            var account = new RegisteredAccount(email, registrationToken, phase);
            items.Accounts.Enqueue(account);
            followThroughs.Add(Task.Run(() => FollowThroughAsync(account, subscribe: i % 2 == 0)));
        }
        await Task.WhenAll(followThroughs);
    }

    async Task FollowThroughAsync(RegisteredAccount account, bool subscribe)
    {
        var message = await mail.WaitForAsync(m => m.IsTo(account.Email) && m.Subject == EmailSubjects.Verification, CodeTimeout);
        if (message is null) return; // the final check counts it missing
        if (Mailbox.FindSixDigitCode(await mail.Mailbox.GetPlainTextAsync(message.Id)) is not { } code) return;
        // A verification that failed on a fault is tried again, as a person would press the button again.
        for (var attempt = 0; attempt < Tries && !account.Verified; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromSeconds(3));
            account.Verified = await calls.VerifyAsync(account.Email, code, account.RegistrationToken);
        }
        if (!account.Verified) return;
        items.Verified.Enqueue(account.Email);
        if (!subscribe) return;
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromSeconds(3));
            var phase = items.Phase;
            if (await calls.LoginAsync(account.Email) is { } token && await calls.SubscribeAsync(token))
            {
                items.Subscriptions.Enqueue(new Subscription(account.Email, phase));
                return;
            }
        }
    }
}
