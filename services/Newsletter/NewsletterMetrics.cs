using System.Diagnostics.Metrics;

namespace NatoAspire.Newsletter;

/// <summary>What the newsletter does, counted; exported by ServiceDefaults (its name starts with NatoAspire.).</summary>
public sealed class NewsletterMetrics
{
    public const string MeterName = "NatoAspire.Newsletter";

    readonly Counter<long> subscriptions;
    readonly Counter<long> unsubscriptions;
    readonly Counter<long> issues;
    readonly Counter<long> copiesQueued;

    public NewsletterMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        subscriptions = meter.CreateCounter<long>("newsletter.subscriptions", "{subscription}", "Accounts that became subscribers.");
        unsubscriptions = meter.CreateCounter<long>("newsletter.unsubscriptions", "{unsubscription}", "Subscribers who left, by how.");
        issues = meter.CreateCounter<long>("newsletter.issues", "{issue}", "Issues published.");
        copiesQueued = meter.CreateCounter<long>("newsletter.copies.queued", "{copy}", "Subscriber copies written to the outbox.");
    }

    public void Subscribed() => subscriptions.Add(1);

    /// <param name="via">"account" (signed in) or "one-click" (a link in an email).</param>
    public void Unsubscribed(string via) => unsubscriptions.Add(1, new KeyValuePair<string, object?>("via", via));

    public void IssuePublished(int copies)
    {
        issues.Add(1);
        copiesQueued.Add(copies);
    }
}
