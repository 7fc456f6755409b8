namespace Microsoft.Extensions.Hosting;

/// <summary>How a process stops on SIGTERM (configuration section <c>Shutdown</c>).</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// How long <c>/health</c> answers 503 while the listener still serves, so that whatever routes traffic here (a
    /// Kubernetes Service, a load balancer's health checks) stops sending new requests before it closes. Defaults to
    /// zero: set it where a router watches readiness; DCP kills a process 5 s after SIGTERM, so keep it short there.
    /// </summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How long the requests in flight (downloads included), the consumers' current messages and the outbox relay's
    /// last batch may take once the listener has closed. Defaults to 30 seconds; a Kubernetes pod's
    /// <c>terminationGracePeriodSeconds</c> must exceed <see cref="DrainDelay"/> plus this plus <see cref="TelemetryFlush"/>.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the last traces, metrics and logs may take to reach the collector once everything else has stopped.
    /// Defaults to 2 seconds: enough for a collector that answers, short for one that does not.
    /// </summary>
    public TimeSpan TelemetryFlush { get; set; } = TimeSpan.FromSeconds(2);
}
