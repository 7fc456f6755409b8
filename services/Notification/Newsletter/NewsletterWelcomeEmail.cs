using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

/// <summary>Confirms a subscription, and says from the first email how to end it.</summary>
public static class NewsletterWelcomeEmail
{
    public const string Subject = "Welcome to the NATO Multimedia newsletter";

    public static RenderedEmail Render(NewsletterSubscribed subscribed)
    {
        var unsubscribe = UnsubscribeFooter.Checked(subscribed.UnsubscribeUrl);
        const string thanks = "Thank you for subscribing to our newsletter. From now on you will receive our latest updates by email.";
        const string anyTime = "You can unsubscribe at any time with the link below, without logging in.";

        var text = EmailLayout.Text($"""
            {thanks}

            {anyTime}
            """, UnsubscribeFooter.Text(unsubscribe));

        var html = EmailLayout.Html(Subject,
            Html.Heading("Welcome to our newsletter") +
            Html.Paragraph(thanks) +
            Html.Paragraph(anyTime),
            UnsubscribeFooter.Html(unsubscribe));

        return new RenderedEmail(Subject, text, html) { UnsubscribeUrl = unsubscribe };
    }

    /// <summary>One welcome per subscription: subscribing again after unsubscribing is a new one.</summary>
    public static string DeliveryKey(NewsletterSubscribed subscribed) =>
        $"newsletter-welcome:{subscribed.AccountId:N}:{subscribed.SubscribedAt.UtcTicks}";
}
