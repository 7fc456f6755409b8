namespace NatoAspire.Notification.Rendering;

/// <summary>What one email says, before it has a sender, a recipient or headers.</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody)
{
    /// <summary>Set for newsletter mail: becomes the List-Unsubscribe headers (RFC 2369, RFC 8058 one-click).</summary>
    public Uri? UnsubscribeUrl { get; init; }
}
