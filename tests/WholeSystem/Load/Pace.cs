namespace NatoAspire.WholeSystem.Load;

/// <summary>A loop's pause between two of its calls; stopping the load ends the pause, never a call in flight.</summary>
static class Pace
{
    public static async Task<bool> WaitAsync(TimeSpan pause, CancellationToken stopping)
    {
        try { await Task.Delay(pause, stopping); }
        catch (OperationCanceledException) { }
        return !stopping.IsCancellationRequested;
    }
}
