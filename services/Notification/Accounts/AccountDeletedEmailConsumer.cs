using MassTransit;
using Microsoft.Extensions.Options;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Accounts;

/// <summary>
/// Sends the last email, then erases the address from every row of the delivery log, this email's included: afterwards
/// notification keeps no address of the person. Keyed by the account, so the event arriving again, under any message
/// id, finds the email sent and nothing left to erase.
/// </summary>
public sealed class AccountDeletedEmailConsumer(Mailer mailer, DeliveryLogErasure erasure, IOptions<PortalOptions> portal) : IConsumer<AccountDeleted>
{
    public async Task Consume(ConsumeContext<AccountDeleted> context)
    {
        var deleted = context.Message;
        await mailer.SendOnceAsync(context, new OutgoingEmail(EmailKind.AccountDeleted, deleted.Email, AccountDeletedEmail.Render(deleted, portal.Value))
        {
            DeliveryKey = $"account-deleted:{deleted.AccountId:N}",
        });
        await erasure.EraseAddressAsync(deleted.Email, context.CancellationToken);
    }
}
