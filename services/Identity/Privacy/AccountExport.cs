using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passkeys;

namespace NatoAspire.Identity.Privacy;

/// <summary>
/// Everything the portal holds about one account (GDPR articles 15 and 20), as one document: identity's own part from
/// its database, the newsletter's and media-catalog's parts as those services answer them.
/// </summary>
public sealed class AccountExport(IdentityDbContext db, OtherServicesData services, TimeProvider time)
{
    /// <summary>Null when the account no longer exists; throws <see cref="ServiceUnavailableException"/> when a part is missing.</summary>
    public async Task<AccountExportDocument?> BuildAsync(Guid accountId, string accessToken, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new ExportedAccount(a.Id, a.Email, a.FirstName, a.LastName, a.Organisation, a.Language, a.EmailVerified, a.Roles, a.CreatedAt, a.VerifiedAt))
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null) return null;

        var now = time.GetUtcNow();
        var sessions = await SessionsAsync(accountId, now, cancellationToken);
        // Both at once: the export waits for the slower one, not for their sum.
        var newsletter = services.NewsletterAsync(accessToken, cancellationToken);
        var downloads = services.DownloadsAsync(accessToken, cancellationToken);
        await Task.WhenAll(newsletter, downloads);
        var passkeys = await db.Passkeys().AsNoTracking().Where(p => p.AccountId == accountId).OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyItem(p.Id, p.Name, p.CreatedAt, p.LastUsedAt)).ToListAsync(cancellationToken);
        return new AccountExportDocument(now, account, sessions, await newsletter, await downloads, passkeys);
    }

    /// <summary>One item per signed-in device: a refresh-token family, from its first sign-in to its latest rotation.</summary>
    async Task<List<ExportedSession>> SessionsAsync(Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Grouped here: an account has a few rows per device, and the grouping reads more plainly than its SQL.
        var tokens = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.AccountId == accountId)
            .Select(t => new { t.FamilyId, t.SessionStartedAt, t.UserAgent, t.CreatedAt, t.ExpiresAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        return [.. tokens.GroupBy(t => t.FamilyId)
            .Select(family => new ExportedSession(
                family.Key,
                family.Min(t => t.SessionStartedAt),
                family.Max(t => t.CreatedAt),
                family.Select(t => t.UserAgent).FirstOrDefault(agent => agent is not null),
                family.Max(t => t.ExpiresAt),
                family.Any(t => t.RevokedAt == null && t.ExpiresAt > now)))
            .OrderBy(s => s.CreatedAt)];
    }
}

/// <param name="Newsletter">What the newsletter service holds: <c>GET /api/newsletter/subscription/export</c>.</param>
/// <param name="Downloads">The download history as <c>GET /api/media/me/downloads</c> lists it, every page.</param>
/// <param name="Passkeys">The account's passkeys as <c>GET /api/account/passkeys</c> lists them (their public keys are not personal data).</param>
public sealed record AccountExportDocument(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    IReadOnlyList<ExportedSession> Sessions,
    JsonElement Newsletter,
    IReadOnlyList<JsonElement> Downloads,
    IReadOnlyList<PasskeyItem> Passkeys);

public sealed record ExportedAccount(
    Guid Id, string Email, string FirstName, string LastName, string? Organisation, string Language, bool EmailVerified,
    List<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? VerifiedAt);

/// <param name="Id">The refresh-token family.</param>
/// <param name="CreatedAt">When the device signed in.</param>
/// <param name="UserAgent">The User-Agent the device signed in with, as the sessions list shows it.</param>
/// <param name="LastRefreshedAt">When the device last exchanged its refresh token (or signed in, if it never did).</param>
/// <param name="Active">Whether the device can still refresh: not signed out, not expired.</param>
public sealed record ExportedSession(
    Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastRefreshedAt, string? UserAgent, DateTimeOffset ExpiresAt, bool Active);
