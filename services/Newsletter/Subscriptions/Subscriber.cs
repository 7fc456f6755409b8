namespace NatoAspire.Newsletter.Subscriptions;

/// <summary>An account's newsletter subscription, keyed by the identity account id. Kept after unsubscribing.</summary>
public sealed class Subscriber
{
    public Guid AccountId { get; set; }

    /// <summary>The address from the account's access token, refreshed whenever the account subscribes.</summary>
    public required string Email { get; set; }

    /// <summary>The account's language (the token's <c>locale</c>), refreshed whenever the account subscribes: the welcome and every issue are in it.</summary>
    public string Language { get; set; } = PortalLanguages.Default;

    public bool Subscribed { get; set; }

    /// <summary>When the current (or last) subscription began.</summary>
    public DateTimeOffset? SubscribedAt { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
