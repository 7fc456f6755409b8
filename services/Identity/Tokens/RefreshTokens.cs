using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Tokens;

/// <summary>
/// Refresh tokens: 256 random bits, stored as SHA-256, rotated on every use. Presenting a token that was already
/// rotated means it leaked (or its holder raced a thief): the whole family is revoked.
/// </summary>
public sealed class RefreshTokens(IdentityDbContext db, IOptions<TokenOptions> options, TimeProvider time)
{
    /// <summary>Stages a new token (saved with the caller's SaveChanges) and returns its only plain copy.</summary>
    public string Add(Guid accountId, Guid? familyId = null) => Create(accountId, familyId ?? Guid.CreateVersion7()).Plain;

    /// <summary>Replaces <paramref name="presented"/> by a new token of the same family, or rejects it.</summary>
    public async Task<Rotation?> RotateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (HashOf(presented) is not { } hash) return null;
        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            if (token is null) return null;
            if (token.RevokedAt is not null)
            {
                if (token.ReplacedById is not null) await RevokeFamilyAsync(token.FamilyId, cancellationToken);
                return null;
            }
            if (token.ExpiresAt <= now) return null;
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == token.AccountId, cancellationToken);
            if (account is not { EmailVerified: true }) return null;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (successor, plain) = Create(token.AccountId, token.FamilyId);
            await db.SaveChangesAsync(cancellationToken);
            // Only one of two concurrent uses of the same token wins; the loser is treated as reuse.
            var claimed = await db.RefreshTokens
                .Where(t => t.Id == token.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.ReplacedById, successor.Id), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await RevokeFamilyAsync(token.FamilyId, cancellationToken);
                return null;
            }
            await transaction.CommitAsync(cancellationToken);
            return new Rotation(account, plain);
        });
    }

    /// <summary>Ends the session that <paramref name="presented"/> belongs to, if it is the account's.</summary>
    public async Task RevokeSessionAsync(string presented, Guid accountId, CancellationToken cancellationToken = default)
    {
        if (HashOf(presented) is not { } hash) return;
        var familyId = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.AccountId == accountId)
            .Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is { } family) await RevokeFamilyAsync(family, cancellationToken);
    }

    /// <summary>Revokes every live token of the account at once (run it inside the caller's transaction).</summary>
    public Task<int> RevokeAllAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens
            .Where(t => t.AccountId == accountId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    Task<int> RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    (RefreshToken Token, string Plain) Create(Guid accountId, Guid familyId)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var now = time.GetUtcNow();
        var token = new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            FamilyId = familyId,
            TokenHash = SHA256.HashData(secret),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(token);
        return (token, Base64UrlEncoder.Encode(secret));
    }

    static byte[]? HashOf(string presented)
    {
        if (presented.Length != 43) return null;
        try
        {
            var secret = Base64UrlEncoder.DecodeBytes(presented);
            return secret.Length == 32 ? SHA256.HashData(secret) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public sealed record Rotation(Account Account, string RefreshToken);
