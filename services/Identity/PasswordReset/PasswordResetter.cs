using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Tokens;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.PasswordReset;

/// <summary>Forgot → code → reset token → new password, for verified accounts; the same answers for any address.</summary>
public sealed class PasswordResetter(
    IdentityDbContext db,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    ResetTokenStore resetTokens,
    RefreshTokens refreshTokens,
    PasswordHashing hashing,
    LoginThrottle throttle,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task<SendPermit> SendCodeAsync(string email, CancellationToken cancellationToken)
    {
        var permit = await limiter.TryAcquireAsync(email, CodePurpose.PasswordReset);
        if (!permit.Granted) return permit;

        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        // Issued for every address, so that Redis work and try counters are the same whether or not it is known.
        var code = await codes.IssueAsync(email, CodePurpose.PasswordReset);
        if (account is { EmailVerified: true })
        {
            db.PublishOnCommit(new PasswordResetCodeIssued(email, code.Code, code.ExpiresAt, code.ValidFor, account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            telemetry.CodeIssued(CodePurpose.PasswordReset);
        }
        else
        {
            await db.CommitLikeOneOutboxRowAsync(cancellationToken);
        }
        return permit;
    }

    /// <summary>A reset token for a right code, or the reason there is none.</summary>
    public async Task<(CodeTry Outcome, string? ResetToken)> ExchangeCodeAsync(string email, string code, CancellationToken cancellationToken)
    {
        var outcome = await codes.CheckAsync(email, CodePurpose.PasswordReset, code);
        var account = outcome.Outcome == CodeCheck.Valid
            ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == email && a.EmailVerified, cancellationToken)
            : null;
        if (account is null)
        {
            var failure = outcome.Outcome == CodeCheck.Valid ? new CodeTry(CodeCheck.Invalid) : outcome;
            telemetry.VerificationFailed(CodePurpose.PasswordReset, failure.Outcome);
            return (failure, null);
        }
        telemetry.VerificationSucceeded(CodePurpose.PasswordReset);
        return (outcome, await resetTokens.IssueAsync(account.Id));
    }

    /// <summary>
    /// Sets the new password, ends every session and announces the change, in one transaction. False when the
    /// reset token is unknown, used or expired.
    /// </summary>
    public async Task<bool> ResetAsync(string resetToken, string newPassword, CancellationToken cancellationToken)
    {
        // Hashed before the token is taken, so that a busy hashing queue (503) leaves the token for the retry, and
        // before the transaction, so that the account's row is locked for milliseconds, not for a hash. A token that
        // is not there costs no hash.
        if (!await resetTokens.ExistsAsync(resetToken)) return false;
        var hash = await hashing.HashAsync(newPassword, cancellationToken);
        if (await resetTokens.TakeAsync(resetToken) is not { } accountId) return false;

        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        var account = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
            if (account is null) return null;
            account.PasswordHash = hash;
            await refreshTokens.RevokeAllAsync(account.Id, cancellationToken);
            db.PublishOnCommit(new PasswordChanged(account.Id, account.Email, account.FirstName, now, account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return account;
        });
        if (account is null) return false;
        // A fresh password deserves a fresh start, even if a stranger had been slowing down sign-ins.
        await throttle.ResetAsync(account.Email);
        return true;
    }
}
