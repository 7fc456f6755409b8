using System.Text.Json.Serialization;

namespace NatoAspire.Newsletter.Subscriptions;

public sealed record SubscriptionStatus(
    bool Subscribed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? SubscribedAt)
{
    public static readonly SubscriptionStatus NotSubscribed = new(false, null);

    public static SubscriptionStatus Of(Subscriber? subscriber) =>
        subscriber is { Subscribed: true } ? new(true, subscriber.SubscribedAt) : NotSubscribed;
}
