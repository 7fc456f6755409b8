using MassTransit;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Verification;

public sealed class VerificationEmailConsumer(Mailer mailer) : IConsumer<VerificationCodeIssued>
{
    public Task Consume(ConsumeContext<VerificationCodeIssued> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.Verification, context.Message.Email, VerificationEmail.Render(context.Message)));
}
