using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

/// <summary>Confirms a subscription, in the subscriber's language, and says from the first email how to end it.</summary>
public static class NewsletterWelcomeEmail
{
    public sealed record Wording(string Subject, string Heading, string Thanks, string AnyTime);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Welcome to the NATO Multimedia newsletter",
            Heading: "Welcome to our newsletter",
            Thanks: "Thank you for subscribing to our newsletter. From now on you will receive our latest updates by email.",
            AnyTime: "You can unsubscribe at any time with the link below, without logging in."),
        French: new(
            Subject: "Bienvenue dans la lettre d’information NATO Multimedia",
            Heading: "Bienvenue dans notre lettre d’information",
            Thanks: "Merci pour votre abonnement à notre lettre d’information. Vous recevrez désormais nos dernières nouvelles à cette adresse.",
            AnyTime: "Vous pouvez vous désabonner à tout moment grâce au lien ci-dessous, sans vous connecter."));

    public static RenderedEmail Render(NewsletterSubscribed subscribed)
    {
        var unsubscribe = UnsubscribeFooter.Checked(subscribed.UnsubscribeUrl);
        var language = EmailLanguage.Of(subscribed.Language);
        var words = Words.In(subscribed.Language);

        var text = EmailLayout.Text(language, $"""
            {words.Thanks}

            {words.AnyTime}
            """, UnsubscribeFooter.Text(language, unsubscribe));

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(words.Thanks) +
            Html.Paragraph(words.AnyTime),
            UnsubscribeFooter.Html(language, unsubscribe));

        return new RenderedEmail(words.Subject, text, html) { UnsubscribeUrl = unsubscribe };
    }

    /// <summary>One welcome per subscription: subscribing again after unsubscribing is a new one.</summary>
    public static string DeliveryKey(NewsletterSubscribed subscribed) =>
        $"newsletter-welcome:{subscribed.AccountId:N}:{subscribed.SubscribedAt.UtcTicks}";
}
