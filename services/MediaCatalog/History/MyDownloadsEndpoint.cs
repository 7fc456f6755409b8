using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Downloads;
using NatoAspire.MediaCatalog.Localization;

namespace NatoAspire.MediaCatalog.History;

/// <summary>
/// <c>GET /api/media/me/downloads</c>: the account's own download history, newest first, a file once per day; each
/// title in the language <c>Accept-Language</c> asks for, as the catalogue shows it, or in English.
/// </summary>
public static class MyDownloadsEndpoint
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public sealed record DownloadHistoryItem(
        Guid VideoId, Guid FileId, string Title, string Label, string Kind, DateTimeOffset DownloadedAt, DateTimeOffset? TermsAcceptedAt);

    public sealed record DownloadHistoryPage(IReadOnlyList<DownloadHistoryItem> Items, int Page, int PageSize, int Total);

    public static IEndpointRouteBuilder MapMyDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/media/me/downloads", ListAsync).RequireAuthorization();
        return app;
    }

    static async Task<Results<Ok<DownloadHistoryPage>, ValidationProblem>> ListAsync(
        string? page, string? pageSize, ClaimsPrincipal user, HttpContext http, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = 1;
        var size = DefaultPageSize;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, null, out pageNumber) || pageNumber < 1))
            errors["page"] = ["page must be a whole number of at least 1."];
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, null, out size) || size is < 1 or > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];
        if (errors.Count > 0) return CatalogProblems.Invalid(errors);

        http.Response.Headers.CacheControl = "no-store";
        var account = DownloadFileEndpoint.AccountOf(user);
        var mine = db.Downloads.AsNoTracking().Where(d => d.AccountId == account);
        var total = await mine.CountAsync(cancellationToken);
        var skip = (long)(pageNumber - 1) * size;
        if (skip >= total) return TypedResults.Ok(new DownloadHistoryPage([], pageNumber, size, total));

        var language = RequestLanguage.Of(http.Request);
        ContentLanguage.Set(http.Response, language);
        var rows = await (
            from d in mine
            join f in db.VideoFiles on d.FileId equals f.Id into files
            from f in files.DefaultIfEmpty()
            join v in db.Videos on d.VideoId equals v.Id into videos
            from v in videos.DefaultIfEmpty()
            orderby d.DownloadedAt descending, d.FileId
            select new
            {
                d.VideoId, d.FileId, Title = v == null ? "" : v.Title, Translations = v == null ? null : v.TextTranslations,
                Label = f == null ? "" : f.Label, Kind = f == null ? "" : f.Kind, d.DownloadedAt,
                TermsAcceptedAt = db.TermsAcceptances.Where(a => a.AccountId == account && a.VideoId == d.VideoId).Select(a => (DateTimeOffset?)a.AcceptedAt).FirstOrDefault(),
            })
            .Skip((int)skip).Take(size).ToListAsync(cancellationToken);
        var items = rows.Select(row => new DownloadHistoryItem(row.VideoId, row.FileId,
            LocalizedTexts.Of(row.Title, "", "", row.Translations ?? [], language).Title, row.Label, row.Kind, row.DownloadedAt, row.TermsAcceptedAt)).ToList();
        return TypedResults.Ok(new DownloadHistoryPage(items, pageNumber, size, total));
    }
}
