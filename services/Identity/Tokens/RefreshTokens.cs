using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Tokens;

/// <summary>
/// Refresh tokens: 256 random bits, stored as SHA-256, rotated on every use. Presenting a token that was rotated
/// longer ago than the reuse interval means it leaked (or its holder raced a thief): the whole family is revoked.
/// </summary>
public sealed class RefreshTokens(IdentityDbContext db, IOptions<TokenOptions> options, TimeProvider time)
{
    /// <summary>Stages the first token of a new family (saved with the caller's SaveChanges) and returns its only plain copy.</summary>
    public NewSession Add(Guid accountId, string? userAgent)
    {
        var (token, secret) = Create(accountId, Guid.CreateVersion7(), time.GetUtcNow(), userAgent);
        return new NewSession(token.FamilyId, Base64UrlEncoder.Encode(secret));
    }

    /// <summary>
    /// Replaces <paramref name="presented"/> by a new token of the same family, or rejects it. A repeat within
    /// <see cref="TokenOptions.RefreshTokenReuseInterval"/> gets the successor the first use got.
    /// </summary>
    public async Task<Rotation?> RotateAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (SecretOf(presented) is not { } secret) return null;
        var hash = SHA256.HashData(secret);
        var now = time.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The row lock makes concurrent uses of one token, on any replica, take turns: the later one sees the
            // successor the earlier one committed.
            var token = await db.RefreshTokens
                .FromSql($"""SELECT * FROM refresh_tokens WHERE "TokenHash" = {hash} FOR UPDATE""")
                .SingleOrDefaultAsync(cancellationToken);
            if (token is null) return null;
            if (token.RevokedAt is not null)
            {
                if (await RepeatAsync(token, secret, now, cancellationToken) is { } repeat) return repeat;
                if (token.ReplacedById is not null) await RevokeFamilyAsync(token.FamilyId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return null;
            }
            if (token.ExpiresAt <= now) return null;
            var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == token.AccountId, cancellationToken);
            if (account is not { EmailVerified: true }) return null;

            var (successor, successorSecret) = Create(token.AccountId, token.FamilyId, token.SessionStartedAt, token.UserAgent);
            token.RevokedAt = now;
            token.ReplacedById = successor.Id;
            token.SealedSuccessor = SuccessorSeal.Seal(secret, successorSecret);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Rotation(account, token.FamilyId, Base64UrlEncoder.Encode(successorSecret));
        });
    }

    /// <summary>The successor of a token rotated moments ago, if that successor is still the family's live token.</summary>
    async Task<Rotation?> RepeatAsync(RefreshToken token, byte[] secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (token.ReplacedById is not { } successorId || token.SealedSuccessor is not { } sealedSuccessor) return null;
        if (now - token.RevokedAt >= options.Value.RefreshTokenReuseInterval) return null;
        var successor = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == successorId, cancellationToken);
        if (successor is not { RevokedAt: null } || successor.ExpiresAt <= now) return null;
        if (SuccessorSeal.Open(secret, sealedSuccessor) is not { } successorSecret) return null;
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == token.AccountId, cancellationToken);
        return account is { EmailVerified: true } ? new Rotation(account, token.FamilyId, Base64UrlEncoder.Encode(successorSecret)) : null;
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

    /// <summary>Revokes every live token of the account but those of <paramref name="keptFamilyId"/> (run it inside the caller's transaction).</summary>
    public Task<int> RevokeAllExceptAsync(Guid accountId, Guid? keptFamilyId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens
            .Where(t => t.AccountId == accountId && t.RevokedAt == null && t.FamilyId != keptFamilyId)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    /// <summary>Ends one session of the account; false when it has no live session of that id.</summary>
    public async Task<bool> RevokeFamilyOfAsync(Guid accountId, Guid familyId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return await db.RefreshTokens
            .Where(t => t.AccountId == accountId && t.FamilyId == familyId && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken) > 0;
    }

    Task<int> RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
    }

    (RefreshToken Token, byte[] Secret) Create(Guid accountId, Guid familyId, DateTimeOffset sessionStartedAt, string? userAgent)
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
            SessionStartedAt = sessionStartedAt,
            UserAgent = userAgent,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(token);
        return (token, secret);
    }

    static byte[]? HashOf(string presented) => SecretOf(presented) is { } secret ? SHA256.HashData(secret) : null;

    static byte[]? SecretOf(string presented)
    {
        if (presented.Length != 43) return null;
        try
        {
            var secret = Base64UrlEncoder.DecodeBytes(presented);
            return secret.Length == 32 ? secret : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <param name="FamilyId">The session the rotated token belongs to: the access token names it (<c>sid</c>).</param>
public sealed record Rotation(Account Account, Guid FamilyId, string RefreshToken);

/// <summary>The first token of a new session (refresh-token family) and the family's id.</summary>
public sealed record NewSession(Guid FamilyId, string RefreshToken);
