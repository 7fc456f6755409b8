using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class TelemetryTests(NotificationHost host) : IDisposable
{
    static readonly ActivitySource TestSource = new("NatoAspire.Notification.Tests");
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    readonly ConcurrentQueue<Activity> spans = new();
    readonly ConcurrentQueue<(string Instrument, string? Kind)> measurements = new();
    ActivityListener? activityListener;
    MeterListener? meterListener;

    [Fact]
    public async Task The_SMTP_send_is_a_span_in_the_publishers_trace_tagged_with_the_kind_and_never_the_code()
    {
        Listen();
        var address = Address.Unique("traced");
        const string code = "390127";
        ActivityTraceId traceId;

        using (var publish = TestSource.StartActivity("register"))
        {
            traceId = publish!.TraceId;
            await host.Bus.Publish(new VerificationCodeIssued(address, "Ada", code, DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));
        }
        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var send = await WaitForSpanAsync(traceId);

        Assert.Equal("smtp send", send.DisplayName);
        Assert.Equal("verification", send.GetTagItem(NotificationTelemetry.KindTag));
        Assert.DoesNotContain(send.TagObjects, tag => tag.Value?.ToString()?.Contains(code) == true);
        Assert.DoesNotContain(send.TagObjects, tag => tag.Value?.ToString()?.Contains(address) == true);
    }

    [Fact]
    public async Task Sent_emails_are_counted_by_kind()
    {
        Listen();
        var address = Address.Unique("counted");

        await host.Bus.Publish(new PasswordChanged(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow));
        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);

        await WaitForMeasurementAsync(("notification.emails.sent", "password-changed"));
    }

    void Listen()
    {
        activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is NotificationTelemetry.Name || source == TestSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);

        meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == NotificationTelemetry.Name) listener.EnableMeasurementEvents(instrument);
            },
        };
        meterListener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? kind = null;
            foreach (var tag in tags)
                if (tag.Key == NotificationTelemetry.KindTag) kind = tag.Value as string;
            measurements.Enqueue((instrument.Name, kind));
        });
        meterListener.Start();
    }

    /// <summary>The counter moves just after the server accepted the mail, which may be after the mailbox shows it.</summary>
    async Task WaitForMeasurementAsync((string Instrument, string? Kind) expected)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!measurements.Contains(expected) && stopwatch.Elapsed < Patience) await Task.Delay(50);
        Assert.Contains(expected, measurements);
    }

    async Task<Activity> WaitForSpanAsync(ActivityTraceId traceId)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Patience)
        {
            var span = spans.FirstOrDefault(s => s.Source.Name == NotificationTelemetry.Name && s.TraceId == traceId);
            if (span is not null) return span;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No SMTP span in trace {traceId}; spans seen: {string.Join(", ", spans.Select(s => $"{s.DisplayName} {s.TraceId}"))}");
    }

    public void Dispose()
    {
        activityListener?.Dispose();
        meterListener?.Dispose();
    }
}
