using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Spans around SMTP sends and counters of emails by kind. Tags carry the kind and the outcome, never an
/// address, a code or a link.
/// </summary>
public sealed class NotificationTelemetry
{
    public const string Name = "NatoAspire.Notification";
    public const string KindTag = "notification.email.kind";

    internal static readonly ActivitySource Source = new(Name);

    readonly Counter<long> sent;
    readonly Counter<long> failed;
    readonly Counter<long> duplicates;
    readonly Counter<long> resent;

    public NotificationTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        sent = meter.CreateCounter<long>("notification.emails.sent", "{email}", "Emails the SMTP server accepted.");
        failed = meter.CreateCounter<long>("notification.emails.failed", "{attempt}", "SMTP sends that failed (each retry counts).");
        duplicates = meter.CreateCounter<long>("notification.emails.duplicates", "{message}", "Messages skipped because their email had been sent already.");
        resent = meter.CreateCounter<long>("notification.emails.resent", "{email}",
            "Emails sent again, under the same Message-ID, after an attempt that never confirmed its send (a crash after the SMTP server's answer).");
    }

    public void Sent(string kind) => sent.Add(1, new KeyValuePair<string, object?>(KindTag, kind));

    public void Failed(string kind, Exception exception) => failed.Add(1,
        new KeyValuePair<string, object?>(KindTag, kind),
        new KeyValuePair<string, object?>("error.type", exception.GetType().Name));

    public void Duplicate(string kind) => duplicates.Add(1, new KeyValuePair<string, object?>(KindTag, kind));

    public void Resent(string kind) => resent.Add(1, new KeyValuePair<string, object?>(KindTag, kind));
}
