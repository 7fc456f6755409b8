using NatoAspire.Contracts.Media;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>Counts every download in the meter and leaves an audit event in the outbox.</summary>
public sealed class DownloadRecorder(CatalogDbContext db, DownloadMetrics metrics, TimeProvider time, ILogger<DownloadRecorder> logger)
{
    public async Task RecordAsync(DownloadReceipt receipt, long bytesServed, bool partial)
    {
        metrics.Record(receipt.Label, partial, bytesServed);
        try
        {
            db.Enqueue(new VideoFileDownloaded(receipt.VideoId, receipt.FileId, receipt.AccountId, bytesServed, partial, time.GetUtcNow()), time);
            // The client may be gone already; the audit row is still owed.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The bytes are sent by now: a failed audit write must not turn into an error response.
            logger.LogError(exception, "Could not record the download of file {FileId}", receipt.FileId);
        }
    }
}
