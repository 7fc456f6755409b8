using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Tokens;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.PasswordChange;

/// <summary>
/// A new password for a signed-in owner who knows the current one. Every other session ends with it, in the same
/// transaction as the new hash and the "Your password has been updated" event that password reset sends too.
/// </summary>
public sealed class PasswordChanger(
    IdentityDbContext db,
    PasswordConfirmation confirmation,
    PasswordHashing hashing,
    RefreshTokens refreshTokens,
    TimeProvider time)
{
    public async Task<Confirmation> ChangeAsync(Caller caller, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var confirmed = await confirmation.ConfirmAsync(caller.AccountId, currentPassword, cancellationToken);
        if (confirmed is not Confirmation.Confirmed) return confirmed;
        var hash = await hashing.HashAsync(newPassword, cancellationToken);

        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync<Confirmation>(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == caller.AccountId, cancellationToken);
            if (account is null) return new Confirmation.NoAccount();
            account.PasswordHash = hash;
            await refreshTokens.RevokeAllExceptAsync(account.Id, caller.SessionId, cancellationToken);
            db.PublishOnCommit(new PasswordChanged(account.Id, account.Email, account.FirstName, now, account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Confirmation.Confirmed(account);
        });
    }
}
