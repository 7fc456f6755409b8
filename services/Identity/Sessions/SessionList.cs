using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Sessions;

/// <summary>
/// The account's signed-in devices: one per refresh-token family that still has a live token. The live token is the
/// family's newest, so its creation is when the device last signed in or refreshed.
/// </summary>
public sealed class SessionList(IdentityDbContext db, TimeProvider time)
{
    public async Task<List<SessionItem>> OfAsync(Caller caller, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var live = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.AccountId == caller.AccountId && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => new { t.FamilyId, t.SessionStartedAt, t.CreatedAt, t.UserAgent })
            .ToListAsync(cancellationToken);
        return [.. live
            .GroupBy(t => t.FamilyId)
            .Select(family => family.MaxBy(t => t.CreatedAt)!)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new SessionItem(t.FamilyId, t.SessionStartedAt, t.CreatedAt, t.UserAgent, t.FamilyId == caller.SessionId))];
    }
}

/// <param name="Id">The session's id (its refresh-token family), for <c>DELETE /api/account/sessions/{id}</c>.</param>
/// <param name="Current">True for the session of the access token that asked.</param>
public sealed record SessionItem(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastUsedAt, string? UserAgent, bool Current);

public sealed record SessionsResponse(List<SessionItem> Items);
