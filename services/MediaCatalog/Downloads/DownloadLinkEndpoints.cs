using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>
/// <c>POST /api/media/videos/{id}/files/{fileId}/link</c> (verified account) makes a <see cref="DownloadLink"/>;
/// <c>GET /api/media/downloads/{token}</c> serves the file to whoever holds it until it expires, ranges and
/// resumption included. The portal's Download button goes through it, so its bytes take the same path as the API's.
/// </summary>
public static class DownloadLinkEndpoints
{
    /// <summary>Long enough to start a download and resume it after a short break; short enough not to matter in a log.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public sealed record DownloadLinkResponse(string Url, DateTimeOffset ExpiresAt);

    public static RouteGroupBuilder MapDownloadLinkCreation(this RouteGroupBuilder videos)
    {
        videos.MapPost("/{id}/files/{fileId}/link", CreateAsync).RequireAuthorization(IdentityTokens.VerifiedAccountPolicy);
        return videos;
    }

    public static IEndpointRouteBuilder MapDownloadLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/media/downloads/{token}", DownloadAsync).AllowAnonymous();
        return app;
    }

    static async Task<Results<Ok<DownloadLinkResponse>, ProblemHttpResult>> CreateAsync(
        string id, string fileId, ClaimsPrincipal user, CatalogDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        if (!CatalogIds.TryParse(fileId, out var fileGuid)
            || !await db.VideoFiles.AnyAsync(f => f.Id == fileGuid && f.VideoId == videoId, cancellationToken))
            return CatalogProblems.FileNotFound();

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        db.DownloadLinks.Add(new DownloadLink
        {
            TokenHash = HashOf(token), AccountId = DownloadFileEndpoint.AccountOf(user), VideoId = videoId, FileId = fileGuid,
            ExpiresAt = now + Lifetime,
        });
        // Expired links are useless: each new one clears those of the same account.
        var account = DownloadFileEndpoint.AccountOf(user);
        await db.DownloadLinks.Where(l => l.AccountId == account && l.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new DownloadLinkResponse($"/api/media/downloads/{token}", now + Lifetime));
    }

    static async Task<Results<CountedDownloadResult, ProblemHttpResult>> DownloadAsync(
        string token, CatalogDbContext db, IMediaStorage storage, TimeProvider time, ILogger<CountedDownloadResult> logger,
        CancellationToken cancellationToken)
    {
        if (token.Length != 43) return CatalogProblems.DownloadLinkExpired();
        var hash = HashOf(token);
        var now = time.GetUtcNow();
        var link = await db.DownloadLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash && l.ExpiresAt > now, cancellationToken);
        if (link is null) return CatalogProblems.DownloadLinkExpired();
        return await FileDownload.ServeAsync(link.VideoId, link.FileId, link.AccountId, db, storage, logger, cancellationToken);
    }

    static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
