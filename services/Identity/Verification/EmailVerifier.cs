using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.Verification;

/// <summary>Marks an address verified when its code is right, and sends new codes within the limits.</summary>
public sealed class EmailVerifier(
    IdentityDbContext db,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task<CodeCheck> VerifyAsync(string email, string code, CancellationToken cancellationToken)
    {
        var outcome = await codes.CheckAsync(email, CodePurpose.Verification, code);
        var account = outcome == CodeCheck.Valid
            ? await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken)
            : null;
        // A right code for an address without an account was never mailed to anyone: it counts as wrong.
        if (account is null)
        {
            var failure = outcome == CodeCheck.Valid ? CodeCheck.Invalid : outcome;
            telemetry.VerificationFailed(CodePurpose.Verification, failure);
            return failure;
        }

        if (!account.EmailVerified)
        {
            var now = time.GetUtcNow();
            account.EmailVerified = true;
            account.VerifiedAt = now;
            db.Enqueue(new AccountVerified(account.Id, account.Email, now), time);
            await db.SaveChangesAsync(cancellationToken);
        }
        telemetry.VerificationSucceeded(CodePurpose.Verification);
        return CodeCheck.Valid;
    }

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
            db.Enqueue(new VerificationCodeIssued(email, account.FirstName, code.Code, code.ExpiresAt), time);
            await db.SaveChangesAsync(cancellationToken);
            telemetry.CodeIssued(CodePurpose.Verification);
        }
        return permit;
    }
}
