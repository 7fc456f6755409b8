using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>
/// Counts every download in the meter and writes the account's history: one row per file and day, and on the
/// first download of a video the acceptance of its usage terms as they read then. Both inserts are idempotent
/// in PostgreSQL itself, so concurrent range requests on any replica add nothing twice.
/// </summary>
public sealed class DownloadRecorder(CatalogDbContext db, DownloadMetrics metrics, TimeProvider time, ILogger<DownloadRecorder> logger)
{
    public async Task RecordAsync(DownloadReceipt receipt, long bytesServed, bool partial)
    {
        metrics.Record(receipt.Label, partial, bytesServed);
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        try
        {
            // The client may be gone already; the history row is still owed.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                insert into downloads ("AccountId", "FileId", "Day", "VideoId", "DownloadedAt")
                values ({receipt.AccountId}, {receipt.FileId}, {day}, {receipt.VideoId}, {now})
                on conflict do nothing;
                insert into terms_acceptances ("AccountId", "VideoId", "AcceptedAt", "UsageTerms")
                select {receipt.AccountId}, {receipt.VideoId}, {now}, v."UsageTerms" from videos v where v."Id" = {receipt.VideoId}
                on conflict do nothing;
                """, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The bytes are sent by now: a failed history write must not turn into an error response.
            logger.LogError(exception, "Could not record the download of file {FileId}", receipt.FileId);
        }
    }
}
