using k8s.Models;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.Deployment.Tests;

/// <summary>
/// A pod's stop (README "Restarts, stops, backups"): readiness fails at SIGTERM, the pod serves on for
/// <c>Shutdown:DrainDelay</c> while the Service drops it, then finishes what is in flight within <c>Shutdown:Timeout</c>
/// and flushes its telemetry within <c>Shutdown:TelemetryFlush</c>. The kubelet kills it after
/// <c>terminationGracePeriodSeconds</c>, so that must cover the three, or a rollout cuts downloads short.
/// </summary>
public sealed class GracePeriodTests
{
    [Fact]
    public void Every_pod_drains_before_it_stops_and_is_given_time_for_the_whole_stop()
    {
        var config = Assert.Single(Manifests.Base.OfType<V1ConfigMap>());
        var defaults = new ShutdownOptions();
        Assert.All(Manifests.Deployments, deployment =>
        {
            var name = deployment.Metadata.Name;
            var drain = Setting(deployment, config, "Shutdown__DrainDelay") ?? defaults.DrainDelay;
            var timeout = Setting(deployment, config, "Shutdown__Timeout") ?? defaults.Timeout;
            var flush = Setting(deployment, config, "Shutdown__TelemetryFlush") ?? defaults.TelemetryFlush;
            Assert.True(drain >= TimeSpan.FromSeconds(5), $"{name} closes its listener {drain.TotalSeconds} s after SIGTERM, before the Service has dropped it");
            var grace = TimeSpan.FromSeconds(deployment.Spec.Template.Spec.TerminationGracePeriodSeconds ?? 30);
            Assert.True(grace > drain + timeout + flush,
                $"{name}: the kubelet kills it after {grace.TotalSeconds} s, its stop may take {(drain + timeout + flush).TotalSeconds} s");
        });
    }

    static TimeSpan? Setting(V1Deployment deployment, V1ConfigMap config, string name)
    {
        var variable = deployment.Spec.Template.Spec.Containers.Single().Env?.SingleOrDefault(e => e.Name == name);
        var value = variable?.Value ?? (variable?.ValueFrom?.ConfigMapKeyRef is { } key ? config.Data[key.Key] : null);
        return value is null ? null : TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
