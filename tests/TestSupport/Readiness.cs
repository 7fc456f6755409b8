using System.Diagnostics;

namespace NatoAspire.TestSupport;

/// <summary>Polls a server until it answers, failing with the server's name and the tail of its output.</summary>
internal static class Readiness
{
    // Generous: RabbitMQ boots in ~10 s on a quiet machine but took over 90 s with builds running beside it.
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(240);

    static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task WaitAsync(string server, Func<CancellationToken, Task<bool>> probe, ChildProcess? process = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var lastProblem = "it did not answer yet";
        while (stopwatch.Elapsed < Timeout)
        {
            // A server that died will never answer: report it at once instead of after the timeout.
            if (process is { HasExited: true })
            {
                throw new InvalidOperationException(
                    $"{server} exited with code {process.ExitCode} before it was ready. Its last output:\n{process.Output.Last()}");
            }
            using var attempt = new CancellationTokenSource(AttemptTimeout);
            try
            {
                if (await probe(attempt.Token)) return;
                lastProblem = "it was not ready yet";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(PollInterval);
        }
        var output = process is null ? "" : $" Its last output:\n{process.Output.Last()}";
        throw new TimeoutException(
            $"{server} was not ready after {Timeout.TotalSeconds:0} s (last check: {lastProblem}).{output}");
    }
}
