using MassTransit;
using Microsoft.Extensions.Options;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

public sealed class NewSignInEmailConsumer(Mailer mailer, IOptions<PortalOptions> portal) : IConsumer<SignedInFromNewDevice>
{
    public Task Consume(ConsumeContext<SignedInFromNewDevice> context) =>
        mailer.SendOnceAsync(context, new OutgoingEmail(
            EmailKind.NewSignIn, context.Message.Email, NewSignInEmail.Render(context.Message, portal.Value)));
}
