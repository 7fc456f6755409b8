using MassTransit;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

public sealed class NewsletterCopyEmailConsumer(Mailer mailer) : IConsumer<NewsletterCopyIssued>
{
    public Task Consume(ConsumeContext<NewsletterCopyIssued> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.NewsletterCopy, context.Message.Email, NewsletterCopyEmail.Render(context.Message))
        {
            DeliveryKey = NewsletterCopyEmail.DeliveryKey(context.Message),
        });
}
