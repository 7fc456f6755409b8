using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Validation;
using NatoAspire.Messaging.Outbox;
using Npgsql;

namespace NatoAspire.Identity.Registration;

/// <summary>
/// Registers an address, or adds an attempt to one not yet verified, or tells an existing owner. All three paths hash
/// the password, take the same send permit, commit one transaction and hand back a token of the same shape, so neither
/// the answer nor its timing says which one ran. Only a pending attempt's token names anything.
/// </summary>
public sealed class Registrar(
    IdentityDbContext db,
    PasswordHashing hashing,
    RegistrationAttempts attempts,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    /// <param name="language">The request's language: the body's, else the Accept-Language header's.</param>
    public async Task<RegistrationToken> RegisterAsync(RegisterRequest request, string language, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalise(request.Email!);
        var token = RegistrationToken.Create();
        var attempt = new RegistrationAttempt
        {
            Email = email,
            TokenHash = token.Hash,
            FirstName = PersonName.Clean(request.FirstName)!,
            LastName = PersonName.Clean(request.LastName)!,
            Organisation = PersonName.Clean(request.Organisation),
            Language = PortalLanguages.Normalize(language),
            // Hashed before the transaction, so the row lock is held for milliseconds, not for a hash.
            PasswordHash = "",
            CreatedAt = time.GetUtcNow(),
        };
        attempt.PasswordHash = await hashing.HashAsync(request.Password!, cancellationToken);
        // The one sent at registration counts against the address's limit, whoever owns it.
        var permit = await limiter.TryAcquireAsync(email, CodePurpose.Verification);

        try
        {
            await RecordAsync(attempt, permit, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent first registration of the address created its account row; now there is one to lock.
            await RecordAsync(attempt, permit, cancellationToken);
        }
        return token;
    }

    Task RecordAsync(RegistrationAttempt attempt, SendPermit permit, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            // A failed first try may have left a key on the attempt; the database assigns it afresh.
            attempt.Id = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Locked, so that a verification cannot activate the address between this check and this write.
            var account = await db.LockAccountAsync(attempt.Email, cancellationToken);
            var now = attempt.CreatedAt;
            if (account is { EmailVerified: true })
            {
                account.LastRegistrationAttemptAt = now;
                if (permit.Granted)
                    db.PublishOnCommit(new RegistrationAttemptedForExistingAccount(account.Id, account.Email, account.FirstName, now, account.Language), time);
            }
            else
            {
                account = StagePending(account, attempt);
                await attempts.AddAsync(attempt, cancellationToken);
                if (permit.Granted)
                {
                    // Redis first: if the commit fails, the code was never mailed and asking for a new one is the way out.
                    var code = await codes.IssueAsync(attempt.Email, CodePurpose.Verification);
                    db.PublishOnCommit(new VerificationCodeIssued(attempt.Email, account.FirstName, code.Code, code.ExpiresAt, code.ValidFor, account.Language), time);
                    telemetry.CodeIssued(CodePurpose.Verification);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

    // The pending account shows the newest attempt's details until one attempt is verified.
    Account StagePending(Account? pending, RegistrationAttempt attempt)
    {
        var account = pending ?? db.Accounts.Add(new Account
        {
            Id = Guid.CreateVersion7(),
            Email = attempt.Email,
            FirstName = "",
            LastName = "",
            PasswordHash = "",
            CreatedAt = attempt.CreatedAt,
        }).Entity;
        attempt.ActivateOn(account);
        account.LastRegistrationAttemptAt = attempt.CreatedAt;
        return account;
    }
}
