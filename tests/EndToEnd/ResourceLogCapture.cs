using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.EndToEnd;

/// <summary>Collects every line that every project resource writes, so tests can search them for secrets. Create it once the app has started.</summary>
public sealed class ResourceLogCapture : IAsyncDisposable
{
    readonly ConcurrentQueue<string> lines = new();
    readonly CancellationTokenSource stop = new();
    readonly List<Task> watchers = [];

    public ResourceLogCapture(DistributedApplication app)
    {
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();
        // Logs are kept under each running instance's name (the resource name plus a suffix), known once started.
        foreach (var project in model.Resources.OfType<ProjectResource>())
            if (app.ResourceNotifications.TryGetCurrentState(project.Name, out var current))
                watchers.Add(WatchAsync(logs, current.ResourceId, stop.Token));
    }

    public IReadOnlyCollection<string> Lines => lines;

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
