namespace NatoAspire.WholeSystem.Load;

/// <summary>Logs in, one after another, the accounts the registrations have verified so far.</summary>
public sealed class LoginLoop(LoadCalls calls, LoadItems items)
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken stopping)
    {
        for (var i = 0; await Pace.WaitAsync(Interval, stopping); i++)
        {
            var verified = items.Verified.ToArray();
            if (verified.Length > 0) await calls.LoginAsync(verified[i % verified.Length]);
        }
    }
}
