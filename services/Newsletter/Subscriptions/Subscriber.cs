namespace NatoAspire.Newsletter.Subscriptions;

/// <summary>An account's newsletter subscription, keyed by the identity account id. Kept after unsubscribing.</summary>
public sealed class Subscriber
{
    public Guid AccountId { get; set; }

    /// <summary>The address from the account's access token, refreshed whenever the account subscribes.</summary>
    public required string Email { get; set; }

    public bool Subscribed { get; set; }

    /// <summary>When the current (or last) subscription began.</summary>
    public DateTimeOffset? SubscribedAt { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
