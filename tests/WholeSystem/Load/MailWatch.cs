using System.Collections.Concurrent;
using NatoAspire.TestSupport;

namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// One reader of the mailbox for every flow that waits for an email: polling smtp4dev once for all of them keeps the
/// mailbox's cost flat however many registrations wait for their codes (during a broker restart, dozens).
/// </summary>
public sealed class MailWatch : IAsyncDisposable
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    readonly Mailbox mailbox;
    readonly ConcurrentDictionary<string, MailSummary> seen = new();
    readonly CancellationTokenSource stop = new();
    readonly Task polling;

    public MailWatch(Mailbox mailbox)
    {
        this.mailbox = mailbox;
        polling = Task.Run(PollAsync);
    }

    public Mailbox Mailbox => mailbox;

    /// <summary>The first message seen that matches, or null once <paramref name="timeout"/> has passed.</summary>
    public async Task<MailSummary?> WaitForAsync(Func<MailSummary, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !stop.IsCancellationRequested)
        {
            if (seen.Values.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(Interval);
        }
        return null;
    }

    async Task PollAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                foreach (var message in await mailbox.ListAsync(stop.Token)) seen.TryAdd(message.Id, message);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException) { /* polled again */ }
            try { await Task.Delay(Interval, stop.Token); }
            catch (OperationCanceledException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await polling;
        stop.Dispose();
    }
}
