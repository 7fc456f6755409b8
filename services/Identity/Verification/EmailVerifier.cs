using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Registration;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.Verification;

/// <summary>
/// Activates the registration attempt that the code and the proof name together, and sends new codes within the
/// limits. The code proves the mailbox; the proof says whose attempt it is.
/// </summary>
public sealed class EmailVerifier(
    IdentityDbContext db,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    RegistrationAttempts attempts,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task<CodeTry> VerifyAsync(string email, string code, RegistrationProof proof, CancellationToken cancellationToken)
    {
        // The try is counted before anything else, so a right code with someone else's token costs one too.
        var match = await codes.MatchAsync(email, CodePurpose.Verification, code);
        var attempt = match.Outcome == CodeCheck.Valid ? await FindAsync(email, proof, cancellationToken) : null;
        var verified = attempt is not null
            && await codes.ConsumeAsync(email, CodePurpose.Verification, code, match)
            && await ActivateAsync(attempt, cancellationToken);
        if (!verified)
        {
            var failure = match.Outcome == CodeCheck.Valid ? new CodeTry(CodeCheck.Invalid) : match;
            telemetry.VerificationFailed(CodePurpose.Verification, failure.Outcome);
            return failure;
        }
        telemetry.VerificationSucceeded(CodePurpose.Verification);
        return match;
    }

    Task<RegistrationAttempt?> FindAsync(string email, RegistrationProof proof, CancellationToken cancellationToken) =>
        proof.RegistrationToken is { Length: > 0 } token
            ? attempts.FindByTokenAsync(email, token, cancellationToken)
            : attempts.FindByPasswordAsync(email, proof.Password ?? "", cancellationToken);

    /// <summary>
    /// Copies the attempt's details onto the account and marks it verified, under the address's row lock, so a
    /// registration that is still hashing cannot overwrite the account afterwards. False if the address was verified
    /// meanwhile or the attempt was dropped.
    /// </summary>
    Task<bool> ActivateAsync(RegistrationAttempt attempt, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var account = await db.LockAccountAsync(attempt.Email, cancellationToken);
            var stillPending = await db.RegistrationAttempts.AnyAsync(a => a.Id == attempt.Id, cancellationToken);
            if (account is not { EmailVerified: false } || !stillPending) return false;

            var now = time.GetUtcNow();
            attempt.ActivateOn(account);
            account.EmailVerified = true;
            account.VerifiedAt = now;
            // Every other attempt dies with the activation: their tokens name nothing from now on.
            await db.RegistrationAttempts.Where(a => a.Email == attempt.Email).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });

    /// <summary>
    /// Issues a code for every address the limit allows (so Redis work is the same for all), and mails it only to
    /// a pending account.
    /// </summary>
    public async Task<SendPermit> ResendAsync(string email, CancellationToken cancellationToken)
    {
        var permit = await limiter.TryAcquireAsync(email, CodePurpose.Verification);
        if (!permit.Granted) return permit;

        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        var code = await codes.IssueAsync(email, CodePurpose.Verification);
        if (account is { EmailVerified: false })
        {
            db.PublishOnCommit(new VerificationCodeIssued(email, account.FirstName, code.Code, code.ExpiresAt, code.ValidFor, account.Language), time);
            await db.SaveChangesAsync(cancellationToken);
            telemetry.CodeIssued(CodePurpose.Verification);
        }
        else
        {
            // Unknown and verified addresses pay for a commit too, so the answer's timing tells nothing.
            await db.CommitLikeOneOutboxRowAsync(cancellationToken);
        }
        return permit;
    }
}
