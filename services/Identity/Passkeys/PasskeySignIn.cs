using System.Security.Cryptography;
using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Login;

namespace NatoAspire.Identity.Passkeys;

/// <summary>
/// Signs in with a passkey. The request options name no credential (discoverable credentials: the authenticator
/// offers the passkeys it holds for this site), so they are the same for every visitor and no address is ever looked
/// up: nothing in them can tell whether an account exists. The answer is checked by Fido2 (challenge, origin, relying
/// party, signature, user handle, counter), then the session starts exactly as after a password (<see cref="SignIn"/>).
/// </summary>
public sealed class PasskeySignIn(
    IdentityDbContext db, IFido2 fido2, PasskeyCeremonies ceremonies, SignIn signIn, DeviceTokens devices,
    IdentityTelemetry telemetry, ILogger<PasskeySignIn> logger, TimeProvider time)
{
    public async Task<JsonElement> StartAsync()
    {
        var request = fido2.GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [],
            UserVerification = UserVerificationRequirement.Preferred,
        });
        var json = request.ToJson();
        await ceremonies.StartAsync(Ceremony.SignIn, request.Challenge, null, json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public async Task<LoginOutcome> FinishAsync(
        AuthenticatorAssertionRawResponse assertion, string? deviceToken, string? userAgent, CancellationToken cancellationToken)
    {
        var pending = await ceremonies.TakeAsync(Ceremony.SignIn, assertion.Response.ClientDataJson);
        var passkey = pending is null ? null
            : await db.Passkeys().AsNoTracking().SingleOrDefaultAsync(p => p.CredentialId == assertion.RawId, cancellationToken);
        var account = passkey is null ? null
            : await db.Accounts.SingleOrDefaultAsync(a => a.Id == passkey.AccountId, cancellationToken);
        if (pending is null || passkey is null || account is null) return Refused("unknown");

        VerifyAssertionResult verified;
        try
        {
            verified = await fido2.MakeAssertionAsync(new MakeAssertionParams
            {
                AssertionResponse = assertion,
                OriginalOptions = AssertionOptions.FromJson(pending.OptionsJson),
                StoredPublicKey = passkey.PublicKey,
                StoredSignatureCounter = (uint)passkey.SignCount,
                IsUserHandleOwnerOfCredentialIdCallback = (args, _) =>
                    Task.FromResult(CryptographicOperations.FixedTimeEquals(args.UserHandle, passkey.UserHandle)),
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Fido2 refuses it: a wrong origin or signature, a counter that went back (a replay or a cloned key), bad CBOR.
            return Refused(e is Fido2NetLib.Fido2VerificationException refused ? refused.Code.ToString() : e.GetType().Name);
        }

        // The counter moves forward once: of two answers racing with the same count, the second finds it changed.
        var now = time.GetUtcNow();
        var moved = await db.Passkeys()
            .Where(p => p.Id == passkey.Id && p.SignCount == passkey.SignCount)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.SignCount, (long)verified.SignCount).SetProperty(p => p.LastUsedAt, now), cancellationToken);
        if (moved == 0) return Refused("counter_raced");

        if (!account.EmailVerified)
        {
            telemetry.LoginFailed("email_not_verified");
            return new LoginOutcome.NotVerified();
        }
        return await signIn.StartSessionAsync(account, devices.DeviceOf(account.Email, deviceToken), userAgent, cancellationToken);
    }

    LoginOutcome Refused(string reason)
    {
        logger.LogInformation("A passkey sign-in was refused: {Reason}", reason);
        telemetry.LoginFailed("invalid_credentials");
        return new LoginOutcome.InvalidCredentials();
    }
}
