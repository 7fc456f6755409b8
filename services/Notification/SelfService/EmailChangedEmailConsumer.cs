using MassTransit;
using Microsoft.Extensions.Options;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>Goes to the old address: the new one proved itself with the code already.</summary>
public sealed class EmailChangedEmailConsumer(Mailer mailer, IOptions<PortalOptions> portal) : IConsumer<EmailChanged>
{
    public Task Consume(ConsumeContext<EmailChanged> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.EmailChanged, context.Message.OldEmail, EmailChangedEmail.Render(context.Message, portal.Value)));
}
