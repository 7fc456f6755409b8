using MassTransit;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

public sealed class EmailChangeCodeEmailConsumer(Mailer mailer) : IConsumer<EmailChangeCodeIssued>
{
    public Task Consume(ConsumeContext<EmailChangeCodeIssued> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.EmailChangeCode, context.Message.Email, EmailChangeCodeEmail.Render(context.Message)));
}
