using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Delivery;

/// <summary>An email a consumer wants sent: what kind, to whom, what it says.</summary>
public sealed record OutgoingEmail(string Kind, string Recipient, RenderedEmail Content)
{
    /// <summary>
    /// What makes two events the same email even when their message ids differ (an issue re-published);
    /// null means the message id alone.
    /// </summary>
    public string? DeliveryKey { get; init; }
}
