using System.Globalization;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which traces are recorded and exported. Parent-based: a request that arrives with a <c>traceparent</c> follows the
/// decision of whoever started the trace (the sampled flag), so a trace a client or the gateway starts stays whole in
/// every service it crosses; only a trace that starts here is picked by <see cref="RatioSetting"/>.
/// </summary>
public static class TraceSampling
{
    /// <summary>
    /// The share of the traces that start in this process which are recorded, from 0 (none) to 1 (all). Defaults to 1
    /// in Development, so that every request shows on the dashboard, and to <see cref="DefaultRatio"/> elsewhere:
    /// a span for every request, exported, costs the gateway more CPU than forwarding the request.
    /// </summary>
    public const string RatioSetting = "Telemetry:TraceSampleRatio";

    public const double DefaultRatio = 0.1;

    public static double Ratio(IConfiguration configuration, IHostEnvironment environment)
    {
        var setting = configuration[RatioSetting];
        if (string.IsNullOrWhiteSpace(setting)) return environment.IsDevelopment() ? 1.0 : DefaultRatio;
        if (double.TryParse(setting, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1) return ratio;
        // A typo would silently record nothing or everything: refuse to start instead.
        throw new InvalidOperationException($"{RatioSetting} is '{setting}': it must be a number from 0 to 1, such as 0.1.");
    }

    public static Sampler Sampler(IConfiguration configuration, IHostEnvironment environment) =>
        new ParentBasedSampler(new TraceIdRatioBasedSampler(Ratio(configuration, environment)));
}
