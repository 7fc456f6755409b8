using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using NatoAspire.Messaging.Outbox;
using Npgsql;

namespace NatoAspire.Identity.EmailChange;

/// <summary>
/// Moves an account to a new address once a code sent there proves the mailbox. Until the code is entered, a taken
/// address is answered exactly like a free one: the same limits, the same code work in Redis, the same kind of
/// commit — only no email goes to the taken address, whose owner did not ask for anything.
/// </summary>
public sealed class EmailChanger(
    IdentityDbContext db,
    PasswordConfirmation confirmation,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    PendingEmailChanges pending,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task<EmailChangeRequested> RequestAsync(Guid accountId, string newEmail, string password, CancellationToken cancellationToken)
    {
        var confirmed = await confirmation.ConfirmAsync(accountId, password, cancellationToken);
        if (confirmed is not Confirmation.Confirmed { Account: var account }) return new EmailChangeRequested.Refused(confirmed);
        if (account.Email == newEmail) return new EmailChangeRequested.SameAddress();

        var permit = await limiter.TryAcquireAsync(newEmail, CodePurpose.EmailChange);
        if (!permit.Granted) return new EmailChangeRequested.RateLimited(permit.RetryAfter);

        var code = await codes.IssueAsync(PendingEmailChanges.CodeSubject(accountId, newEmail), CodePurpose.EmailChange);
        await pending.SetAsync(accountId, newEmail);
        var taken = await db.Accounts.AsNoTracking().AnyAsync(a => a.Email == newEmail && a.EmailVerified, cancellationToken);
        if (taken)
        {
            await db.CommitLikeOneOutboxRowAsync(cancellationToken);
        }
        else
        {
            db.PublishOnCommit(new EmailChangeCodeIssued(accountId, newEmail, account.FirstName, code.Code, code.ExpiresAt, code.ValidFor, account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            telemetry.CodeIssued(CodePurpose.EmailChange);
        }
        return new EmailChangeRequested.Sent();
    }

    /// <summary>The new address for a right code, or why not. A taken address at this point is a wrong code.</summary>
    public async Task<(CodeTry Outcome, string? Email)> VerifyAsync(Guid accountId, string code, CancellationToken cancellationToken)
    {
        // Without a pending change the try still counts, against the account alone.
        var newEmail = await pending.GetAsync(accountId) ?? "";
        var subject = PendingEmailChanges.CodeSubject(accountId, newEmail);
        var match = await codes.MatchAsync(subject, CodePurpose.EmailChange, code);
        var changed = match.Outcome == CodeCheck.Valid
            && newEmail.Length > 0
            && await codes.ConsumeAsync(subject, CodePurpose.EmailChange, code, match)
            && await MoveAsync(accountId, newEmail, cancellationToken);
        if (!changed)
        {
            var failure = match.Outcome == CodeCheck.Valid ? new CodeTry(CodeCheck.Invalid) : match;
            telemetry.VerificationFailed(CodePurpose.EmailChange, failure.Outcome);
            return (failure, null);
        }
        await pending.ForgetAsync(accountId);
        telemetry.VerificationSucceeded(CodePurpose.EmailChange);
        return (match, newEmail);
    }

    /// <summary>
    /// Under the new address's row lock: a verified account there keeps it; an unverified registration there gives it
    /// up, since this owner has just proved the mailbox and that registrant never did.
    /// </summary>
    async Task<bool> MoveAsync(Guid accountId, string newEmail, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var holder = await db.LockAccountAsync(newEmail, cancellationToken);
                if (holder is { EmailVerified: true }) return false;
                if (holder is not null) await db.Accounts.Where(a => a.Id == holder.Id).ExecuteDeleteAsync(cancellationToken);
                await db.RegistrationAttempts.Where(a => a.Email == newEmail).ExecuteDeleteAsync(cancellationToken);

                var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId && a.EmailVerified, cancellationToken);
                if (account is null) return false;
                var oldEmail = account.Email;
                account.Email = newEmail;
                db.PublishOnCommit(new EmailChanged(account.Id, oldEmail, newEmail, account.FirstName, time.GetUtcNow(), account.Language), time);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another account took the address between the lock (of no row) and the commit.
            return false;
        }
    }
}

public abstract record EmailChangeRequested
{
    public sealed record Sent : EmailChangeRequested;
    public sealed record SameAddress : EmailChangeRequested;
    public sealed record RateLimited(TimeSpan RetryAfter) : EmailChangeRequested;
    public sealed record Refused(Confirmation Confirmation) : EmailChangeRequested;
}
