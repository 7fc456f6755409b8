using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.EndToEnd;

/// <summary>Collects every line that every project resource writes, so tests can search them for secrets.</summary>
public sealed class ResourceLogCapture : IAsyncDisposable
{
    readonly ConcurrentQueue<string> lines = new();
    readonly CancellationTokenSource stop = new();
    readonly List<Task> watchers = [];

    public ResourceLogCapture(DistributedApplication app)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        foreach (var project in model.Resources.OfType<ProjectResource>())
            watchers.Add(WatchAsync(logs, project, stop.Token));
    }

    public IReadOnlyCollection<string> Lines => lines;

    async Task WatchAsync(ResourceLoggerService logs, IResource resource, CancellationToken cancellation)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(cancellation))
                foreach (var line in batch) lines.Enqueue($"{resource.Name}: {line.Content}");
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
