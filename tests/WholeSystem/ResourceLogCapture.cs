using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.WholeSystem;

/// <summary>Collects every line that every project resource writes, so tests can search them for secrets. Create it once the app has started, with its instances (SystemReplicas).</summary>
public sealed class ResourceLogCapture : IAsyncDisposable
{
    readonly ConcurrentQueue<string> lines = new();
    readonly CancellationTokenSource stop = new();
    readonly List<Task> watchers = [];

    /// <param name="instances">Every instance to follow: Aspire keeps logs under each replica's instance name.</param>
    public ResourceLogCapture(DistributedApplication app, IEnumerable<string> instances)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var instance in instances)
            watchers.Add(WatchAsync(logs, instance, stop.Token));
    }

    public IReadOnlyCollection<string> Lines => lines;

    /// <summary>The lines of one instance (a replica), without the instance prefix.</summary>
    public IEnumerable<string> LinesOf(string instance) =>
        lines.Where(l => l.StartsWith(instance + ": ", StringComparison.Ordinal)).Select(l => l[(instance.Length + 2)..]);

    async Task WatchAsync(ResourceLoggerService logs, string instance, CancellationToken cancellation)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(instance).WithCancellation(cancellation))
                foreach (var line in batch) lines.Enqueue($"{instance}: {line.Content}");
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(watchers);
        stop.Dispose();
    }
}
