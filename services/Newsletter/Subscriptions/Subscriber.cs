namespace NatoAspire.Newsletter.Subscriptions;

/// <summary>An account's newsletter subscription, keyed by the identity account id.</summary>
public sealed class Subscriber
{
    public Guid AccountId { get; set; }
    public required string Email { get; set; }
    public bool Subscribed { get; set; }
    public DateTimeOffset? SubscribedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }
}
