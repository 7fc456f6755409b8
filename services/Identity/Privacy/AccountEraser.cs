using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Validation;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.Privacy;

/// <summary>
/// Deletes an account when its password is confirmed: the account, its sessions and the pending registrations of its
/// address go in one transaction with the <see cref="AccountDeleted"/> event that makes every other service forget the
/// person. A wrong password spends the address's sign-in allowance, exactly as a failed login does, so a stolen access
/// token cannot be used to guess it faster.
/// </summary>
public sealed class AccountEraser(
    IdentityDbContext db,
    PasswordHashing hashing,
    LoginThrottle throttle,
    OneTimeCodeStore codes,
    CodeSendLimiter sendLimiter,
    TimeProvider time)
{
    public async Task<ErasureOutcome> EraseAsync(Guid accountId, string password, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null) return new ErasureOutcome.NoAccount();

        var attempt = await throttle.TryAsync(LoginBucket.Untrusted(account.Email));
        if (!attempt.Allowed) return new ErasureOutcome.Throttled(attempt.RetryAfter);
        if (password.Length > PasswordPolicy.MaximumLength
            || await throttle.CheckAsync(attempt, () => hashing.VerifyAsync(account, password, cancellationToken)) == PasswordVerificationResult.Failed)
            return new ErasureOutcome.WrongPassword();
        await throttle.SucceededAsync(attempt);

        if (!await DeleteAsync(accountId, cancellationToken)) return new ErasureOutcome.NoAccount();

        // What Redis knows about the address (codes, their tries, send and sign-in counters) goes too, so that a new
        // registration of the address starts as a stranger's would. Each key would expire by itself within a day.
        await throttle.ResetAsync(account.Email);
        await codes.ForgetAsync(account.Email);
        await sendLimiter.ForgetAsync(account.Email);
        return new ErasureOutcome.Erased();
    }

    /// <summary>False when a concurrent request deleted the account first; that one published the event.</summary>
    async Task<bool> DeleteAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await db.Accounts.FromSql($"""SELECT * FROM accounts WHERE "Id" = {accountId} FOR UPDATE""")
                .SingleOrDefaultAsync(cancellationToken);
            if (account is null) return false;

            await db.RefreshTokens.Where(t => t.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
            await db.RegistrationAttempts.Where(a => a.Email == account.Email).ExecuteDeleteAsync(cancellationToken);
            db.Accounts.Remove(account);
            db.PublishOnCommit(new AccountDeleted(account.Id, account.Email, account.FirstName, time.GetUtcNow(), account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
