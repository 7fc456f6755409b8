using MassTransit;
using Microsoft.Extensions.Options;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Registration;

public sealed class AccountExistsEmailConsumer(Mailer mailer, IOptions<PortalOptions> portal) : IConsumer<RegistrationAttemptedForExistingAccount>
{
    public Task Consume(ConsumeContext<RegistrationAttemptedForExistingAccount> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.AccountExists, context.Message.Email, AccountExistsEmail.Render(context.Message, portal.Value)));
}
