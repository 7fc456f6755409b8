namespace NatoAspire.TestSupport;

internal static class TaskGroup
{
    /// <summary>
    /// Awaits every task. Awaiting Task.WhenAll rethrows only the first failure; when several servers fail to start,
    /// each one's reason matters, so they all are reported.
    /// </summary>
    public static async Task WhenAllAsync(params Task[] tasks)
    {
        var all = Task.WhenAll(tasks);
        try
        {
            await all;
        }
        catch when (all.Exception is { InnerExceptions.Count: > 1 })
        {
            throw all.Exception;
        }
    }
}
