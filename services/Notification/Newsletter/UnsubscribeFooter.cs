using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

/// <summary>The footer every newsletter email carries, beside its List-Unsubscribe header.</summary>
static class UnsubscribeFooter
{
    const string Reason = "You receive this email because you subscribed to the NATO Multimedia newsletter.";

    public static string Text(Uri unsubscribeUrl) => $"{Reason}\nUnsubscribe: {unsubscribeUrl.AbsoluteUri}";

    public static string Html(Uri unsubscribeUrl) =>
        $"{Rendering.Html.Encode(Reason)}<br><a href=\"{Rendering.Html.Encode(unsubscribeUrl.AbsoluteUri)}\" style=\"color:#667085;\">Unsubscribe</a>";

    /// <summary>Only a web address can be a one-click link; anything else in the event is a bug upstream.</summary>
    public static Uri Checked(Uri unsubscribeUrl) =>
        unsubscribeUrl is { IsAbsoluteUri: true, Scheme: "https" or "http" }
            ? unsubscribeUrl
            : throw new ArgumentException("The unsubscribe link must be an absolute http(s) address.", nameof(unsubscribeUrl));
}
