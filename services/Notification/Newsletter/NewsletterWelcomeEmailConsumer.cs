using MassTransit;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

public sealed class NewsletterWelcomeEmailConsumer(Mailer mailer) : IConsumer<NewsletterSubscribed>
{
    public Task Consume(ConsumeContext<NewsletterSubscribed> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.NewsletterWelcome, context.Message.Email, NewsletterWelcomeEmail.Render(context.Message))
        {
            DeliveryKey = NewsletterWelcomeEmail.DeliveryKey(context.Message),
        });
}
