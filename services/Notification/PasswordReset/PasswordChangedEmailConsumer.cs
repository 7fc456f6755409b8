using MassTransit;
using Microsoft.Extensions.Options;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

public sealed class PasswordChangedEmailConsumer(Mailer mailer, IOptions<PortalOptions> portal) : IConsumer<PasswordChanged>
{
    public Task Consume(ConsumeContext<PasswordChanged> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.PasswordChanged, context.Message.Email, PasswordChangedEmail.Render(context.Message, portal.Value)));
}
