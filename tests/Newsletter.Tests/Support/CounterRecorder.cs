using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>Adds up what the newsletter's counters record while it is alive.</summary>
public sealed class CounterRecorder : IDisposable
{
    readonly MeterListener listener = new();
    readonly ConcurrentDictionary<string, long> totals = new();

    public CounterRecorder()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NewsletterMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            foreach (var tag in tags)
                totals.AddOrUpdate($"{instrument.Name}[{tag.Key}={tag.Value}]", value, (_, sum) => sum + value);
        });
        listener.Start();
    }

    public long this[string name] => totals.GetValueOrDefault(name);

    public void Dispose() => listener.Dispose();
}
