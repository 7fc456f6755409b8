using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// Checks the password a signed-in owner types to confirm a change. Every try spends the address's sign-in allowance
/// (<see cref="LoginThrottle"/>, the bucket of untrusted clients), so that a stolen access token cannot be used to
/// guess the password faster than the login page allows.
/// </summary>
public sealed class PasswordConfirmation(IdentityDbContext db, PasswordHashing hashing, LoginThrottle throttle)
{
    public async Task<Confirmation> ConfirmAsync(Guid accountId, string password, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId && a.EmailVerified, cancellationToken);
        if (account is null) return new Confirmation.NoAccount();

        var attempt = await throttle.TryAsync(LoginBucket.Untrusted(account.Email));
        if (!attempt.Allowed) return new Confirmation.Throttled(attempt.RetryAfter);
        if (password.Length > PasswordPolicy.MaximumLength
            || await throttle.CheckAsync(attempt, () => hashing.VerifyAsync(account, password, cancellationToken)) == PasswordVerificationResult.Failed)
            return new Confirmation.Wrong();

        await throttle.SucceededAsync(attempt);
        return new Confirmation.Confirmed(account);
    }
}

public abstract record Confirmation
{
    public sealed record Confirmed(Account Account) : Confirmation;
    public sealed record Wrong : Confirmation;
    public sealed record Throttled(TimeSpan RetryAfter) : Confirmation;
    /// <summary>The token's account is gone or not verified.</summary>
    public sealed record NoAccount : Confirmation;
}
