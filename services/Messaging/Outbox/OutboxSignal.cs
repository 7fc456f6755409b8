namespace NatoAspire.Messaging.Outbox;

/// <summary>Wakes the relay as soon as a row is committed, so delivery does not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try { signal.Release(); }
            catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        signal.WaitAsync(timeout, cancellationToken);
}
