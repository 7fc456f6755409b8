using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Validation;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.Login;

/// <summary>
/// Checks a password (throttled before any hashing) and starts a session. A client with a device token for the
/// address spends its own allowance; every other client spends the address's shared one. A client without one is a
/// device the account has not used before: the owner is told, except at the account's very first sign-in.
/// </summary>
public sealed class SignIn(
    IdentityDbContext db,
    PasswordHashing hashing,
    LoginThrottle throttle,
    DeviceTokens devices,
    SessionTokens sessions,
    IdentityTelemetry telemetry,
    TimeProvider time)
{
    public async Task<LoginOutcome> SignInAsync(
        string email, string password, string? deviceToken, string? userAgent, CancellationToken cancellationToken)
    {
        var deviceId = devices.DeviceOf(email, deviceToken);
        var attempt = await throttle.TryAsync(deviceId is null ? LoginBucket.Untrusted(email) : LoginBucket.Device(email, deviceId));
        if (!attempt.Allowed)
        {
            telemetry.LoginFailed("rate_limited");
            return new LoginOutcome.Throttled(attempt.RetryAfter);
        }

        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Email == email, cancellationToken);
        var result = await throttle.CheckAsync(attempt, () => CheckAsync(account, password, cancellationToken));

        if (account is null || result == PasswordVerificationResult.Failed)
        {
            telemetry.LoginFailed("invalid_credentials");
            return new LoginOutcome.InvalidCredentials();
        }

        // Redis forgets the try while PostgreSQL saves the session: two independent round trips, waited for once.
        var succeeded = throttle.SucceededAsync(attempt);
        if (!account.EmailVerified)
        {
            await succeeded;
            telemetry.LoginFailed("email_not_verified");
            return new LoginOutcome.NotVerified();
        }

        // The hasher's parameters changed since this hash was made (more iterations): store a fresh one. A busy queue
        // leaves the old hash in place for the next sign-in rather than refusing one whose password is right.
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            try { account.PasswordHash = await hashing.HashAsync(password, cancellationToken); }
            catch (HashingBusyException) { }
        }
        var signedIn = await StartSessionAsync(account, deviceId, userAgent, cancellationToken);
        await succeeded;
        return signedIn;
    }

    /// <summary>
    /// A session for an account that has just proved who it is (a password, a passkey): the new-device alert, the
    /// device token, and the account's changes (the caller's too) saved with the session's refresh token.
    /// </summary>
    /// <param name="deviceId">The device id of the client's valid device token for the address; null for a new device.</param>
    public async Task<LoginOutcome.SignedIn> StartSessionAsync(Account account, string? deviceId, string? userAgent, CancellationToken cancellationToken)
    {
        var tokens = sessions.Start(account, userAgent);
        var now = time.GetUtcNow();
        if (deviceId is null && account.LastSignedInAt is not null)
            db.PublishOnCommit(new SignedInFromNewDevice(account.Id, account.Email, account.FirstName, userAgent, now, account.Language), time);
        account.LastSignedInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new LoginOutcome.SignedIn(tokens with { DeviceToken = devices.Issue(account.Email, deviceId) });
    }

    async Task<PasswordVerificationResult> CheckAsync(Account? account, string password, CancellationToken cancellationToken)
    {
        // No password is right beyond the policy's length, and hashing megabytes would be a gift to an attacker.
        if (password.Length > PasswordPolicy.MaximumLength) return PasswordVerificationResult.Failed;
        if (account is not null) return await hashing.VerifyAsync(account, password, cancellationToken);
        await hashing.VerifyAgainstDecoyAsync(password, cancellationToken);
        return PasswordVerificationResult.Failed;
    }
}
