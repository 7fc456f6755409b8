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
/// Registers an address, or replaces the pending details of one not yet verified, or tells an existing owner. All
/// three paths hash the password, take the same send permit and commit one transaction, so neither the answer
/// nor its timing says which one ran.
/// </summary>
public sealed class Registrar(
    IdentityDbContext db,
    PasswordHashing hashing,
    OneTimeCodeStore codes,
    CodeSendLimiter limiter,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task RegisterAsync(RegisterRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalise(request.Email!);
        var now = time.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        // The one sent at registration counts against the address's limit, whoever owns it.
        var permit = await limiter.TryAcquireAsync(email, CodePurpose.Verification);

        if (account is { EmailVerified: true })
        {
            hashing.HashForNothing(request.Password!);
            account.LastRegistrationAttemptAt = now;
            if (permit.Granted)
                db.Enqueue(new RegistrationAttemptedForExistingAccount(account.Id, account.Email, account.FirstName, now), time);
        }
        else
        {
            account = StagePending(account, email, request, now);
            db.Enqueue(new AccountRegistered(account.Id, account.Email, account.FirstName, account.LastName, account.Organisation, now), time);
            if (permit.Granted)
            {
                // Redis first: if the commit fails, the code was never mailed and asking for a new one is the way out.
                var code = await codes.IssueAsync(email, CodePurpose.Verification);
                db.Enqueue(new VerificationCodeIssued(email, account.FirstName, code.Code, code.ExpiresAt), time);
                telemetry.CodeIssued(CodePurpose.Verification);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent registration of the same address won; its answer is ours too.
        }
    }

    Account StagePending(Account? pending, string email, RegisterRequest request, DateTimeOffset now)
    {
        var account = pending ?? db.Accounts.Add(new Account
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            FirstName = "",
            LastName = "",
            PasswordHash = "",
            CreatedAt = now,
        }).Entity;
        account.FirstName = PersonName.Clean(request.FirstName)!;
        account.LastName = PersonName.Clean(request.LastName)!;
        account.Organisation = PersonName.Clean(request.Organisation);
        account.PasswordHash = hashing.Hash(account, request.Password!);
        account.LastRegistrationAttemptAt = now;
        return account;
    }
}
