using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>Reads one observable gauge of one host (its IMeterFactory), as an exporter would: by asking for it.</summary>
public sealed class GaugeReader : IDisposable
{
    readonly MeterListener listener = new();
    readonly Lock gate = new();
    Dictionary<string, long> latest = [];

    public GaugeReader(IMeterFactory hostMeters, string instrumentName, string tag)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == instrumentName && ReferenceEquals(instrument.Meter.Scope, hostMeters)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var pair in tags)
                if (pair.Key == tag && pair.Value is string name)
                    lock (gate) latest[name] = value;
        });
        listener.Start();
    }

    /// <summary>The value of each tag, or nothing for a tag the gauge did not report this time.</summary>
    public IReadOnlyDictionary<string, long> Read()
    {
        lock (gate) latest = [];
        listener.RecordObservableInstruments();
        lock (gate) return new Dictionary<string, long>(latest);
    }

    public async Task WaitForAsync(string tagValue, long expected, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var values = Read();
            if (values.TryGetValue(tagValue, out var value) && value == expected) return;
            if (waited.Elapsed > patience)
                throw new TimeoutException($"The gauge for {tagValue} did not read {expected} within {patience}: {(values.TryGetValue(tagValue, out var last) ? last : "nothing")}.");
            await Task.Delay(50);
        }
    }

    public void Dispose() => listener.Dispose();
}
