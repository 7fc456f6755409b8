using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Registration;

/// <summary>The pending attempts of each address, at most <see cref="RegistrationOptions.MaxPendingAttempts"/> of them.</summary>
public sealed class RegistrationAttempts(IdentityDbContext db, PasswordHashing hashing, IOptions<RegistrationOptions> options)
{
    /// <summary>Stages the attempt and drops the oldest beyond the bound. The caller holds the address's lock.</summary>
    public async Task AddAsync(RegistrationAttempt attempt, CancellationToken cancellationToken)
    {
        var keep = options.Value.MaxPendingAttempts - 1;
        var older = await db.RegistrationAttempts.Where(a => a.Email == attempt.Email)
            .OrderByDescending(a => a.Id).Skip(keep).Select(a => a.Id).ToListAsync(cancellationToken);
        if (older.Count > 0)
            await db.RegistrationAttempts.Where(a => older.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        db.RegistrationAttempts.Add(attempt);
    }

    /// <summary>The attempt of this address that the token names, or null.</summary>
    public Task<RegistrationAttempt?> FindByTokenAsync(string email, string token, CancellationToken cancellationToken)
    {
        var hash = RegistrationToken.HashOf(token);
        return db.RegistrationAttempts.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TokenHash == hash && a.Email == email, cancellationToken);
    }

    /// <summary>The newest attempt of this address whose password this is, or null.</summary>
    public async Task<RegistrationAttempt?> FindByPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var pending = await db.RegistrationAttempts.AsNoTracking().Where(a => a.Email == email)
            .OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        // Newest first, one hash at a time: the owner's attempt is usually the newest, and the first match ends it.
        foreach (var attempt in pending)
            if (await hashing.VerifyAsync(attempt.AsAccount(), password, cancellationToken) != PasswordVerificationResult.Failed) return attempt;
        return null;
    }
}
