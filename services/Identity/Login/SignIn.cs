using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Login;

/// <summary>Checks a password (throttled before any hashing) and starts a session.</summary>
public sealed class SignIn(
    IdentityDbContext db,
    PasswordHashing hashing,
    LoginThrottle throttle,
    SessionTokens sessions,
    IdentityTelemetry telemetry)
{
    public async Task<LoginOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var wait = await throttle.WaitBeforeNextTryAsync(email);
        if (wait > TimeSpan.Zero)
        {
            telemetry.LoginFailed("rate_limited");
            return new LoginOutcome.Throttled(wait);
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        var result = Check(account, password);

        if (account is null || result == PasswordVerificationResult.Failed)
        {
            await throttle.RecordFailureAsync(email);
            telemetry.LoginFailed("invalid_credentials");
            return new LoginOutcome.InvalidCredentials();
        }

        await throttle.ResetAsync(email);
        if (!account.EmailVerified)
        {
            telemetry.LoginFailed("email_not_verified");
            return new LoginOutcome.NotVerified();
        }

        // The hasher's parameters changed since this hash was made (more iterations): store a fresh one.
        if (result == PasswordVerificationResult.SuccessRehashNeeded) account.PasswordHash = hashing.Hash(account, password);
        var tokens = sessions.Start(account);
        await db.SaveChangesAsync(cancellationToken);
        return new LoginOutcome.SignedIn(tokens);
    }

    PasswordVerificationResult Check(Account? account, string password)
    {
        // No password is right beyond the policy's length, and hashing megabytes would be a gift to an attacker.
        if (password.Length > PasswordPolicy.MaximumLength) return PasswordVerificationResult.Failed;
        if (account is not null) return hashing.Verify(account, password);
        hashing.VerifyAgainstDecoy(password);
        return PasswordVerificationResult.Failed;
    }
}
