using MassTransit;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

public sealed class PasswordResetEmailConsumer(Mailer mailer) : IConsumer<PasswordResetCodeIssued>
{
    public Task Consume(ConsumeContext<PasswordResetCodeIssued> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.PasswordReset, context.Message.Email, PasswordResetEmail.Render(context.Message)));
}
