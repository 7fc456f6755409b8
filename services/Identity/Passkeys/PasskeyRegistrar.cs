using System.Security.Cryptography;
using System.Text.Json;
using Fido2NetLib;
using Fido2NetLib.Objects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Passkeys;

/// <summary>
/// Adds a passkey to the signed-in account: creation options bound to the account, then the authenticator's answer
/// checked by Fido2 against them. Attestation is not asked for ("none"): the portal trusts any authenticator the
/// owner chooses, so there is nothing an attestation statement would decide.
/// </summary>
public sealed class PasskeyRegistrar(
    IdentityDbContext db, IFido2 fido2, PasskeyCeremonies ceremonies, IOptions<PasskeyOptions> options,
    ILogger<PasskeyRegistrar> logger, TimeProvider time)
{
    /// <summary>The options for <c>navigator.credentials.create</c>; null when the account is gone, an error when it holds too many.</summary>
    public async Task<RegistrationStart> StartAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null) return new RegistrationStart.NoAccount();
        var existing = await db.Passkeys().AsNoTracking().Where(p => p.AccountId == accountId)
            .Select(p => p.CredentialId).ToListAsync(cancellationToken);
        if (existing.Count >= options.Value.MaxPerAccount) return new RegistrationStart.TooMany(options.Value.MaxPerAccount);

        var creation = fido2.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User
            {
                Id = await UserHandleAsync(accountId, cancellationToken),
                Name = account.Email,
                DisplayName = $"{account.FirstName} {account.LastName}".Trim(),
            },
            ExcludeCredentials = [.. existing.Select(id => new PublicKeyCredentialDescriptor(id))],
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Preferred,
                UserVerification = UserVerificationRequirement.Preferred,
            },
            AttestationPreference = AttestationConveyancePreference.None,
        });
        var json = creation.ToJson();
        await ceremonies.StartAsync(Ceremony.Registration, creation.Challenge, accountId, json);
        return new RegistrationStart.Started(JsonDocument.Parse(json).RootElement.Clone());
    }

    /// <summary>The new passkey, or null when the answer does not match a ceremony this account started or fails verification.</summary>
    public async Task<Passkey?> FinishAsync(Guid accountId, AuthenticatorAttestationRawResponse attestation, string? name, CancellationToken cancellationToken)
    {
        var pending = await ceremonies.TakeAsync(Ceremony.Registration, attestation.Response.ClientDataJson);
        if (pending is null || pending.AccountId != accountId) return null;

        RegisteredPublicKeyCredential credential;
        try
        {
            credential = await fido2.MakeNewCredentialAsync(new MakeNewCredentialParams
            {
                AttestationResponse = attestation,
                OriginalOptions = CredentialCreateOptions.FromJson(pending.OptionsJson),
                IsCredentialIdUniqueToUserCallback = async (args, ct) => !await db.Passkeys().AnyAsync(p => p.CredentialId == args.CredentialId, ct),
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever an authenticator (or a forger) sent that Fido2 refuses: bad signature, origin, CBOR, key type.
            logger.LogInformation("A passkey registration was refused: {Reason}", e.GetType().Name);
            return null;
        }
        if (credential.Id.Length > PasskeyRequests.MaxCredentialIdBytes) return null;

        var passkey = new Passkey
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            CredentialId = credential.Id,
            PublicKey = credential.PublicKey,
            UserHandle = credential.User.Id,
            SignCount = credential.SignCount,
            Name = string.IsNullOrWhiteSpace(name) ? "Passkey" : name.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        db.Passkeys().Add(passkey);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same credential registered at the same moment by a second request, or the account deleted meanwhile.
            return null;
        }
        return passkey;
    }

    /// <summary>The account's user handle, made on its first passkey ceremony; two replicas making it at once agree on the first.</summary>
    async Task<byte[]> UserHandleAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var users = db.Set<PasskeyUser>();
        if (await users.AsNoTracking().SingleOrDefaultAsync(u => u.AccountId == accountId, cancellationToken) is { } known) return known.UserHandle;
        var handle = RandomNumberGenerator.GetBytes(PasskeyUser.HandleLength);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO passkey_users ("AccountId", "UserHandle") VALUES ({accountId}, {handle}) ON CONFLICT ("AccountId") DO NOTHING""",
            cancellationToken);
        return (await users.AsNoTracking().SingleAsync(u => u.AccountId == accountId, cancellationToken)).UserHandle;
    }
}

public abstract record RegistrationStart
{
    public sealed record Started(JsonElement Options) : RegistrationStart;
    public sealed record NoAccount : RegistrationStart;
    public sealed record TooMany(int Limit) : RegistrationStart;
}
