namespace NatoAspire.MediaCatalog.History;

/// <summary>That an account downloaded a file on a day (UTC): one row however many range requests fetched it.</summary>
public sealed class DownloadRecord
{
    public Guid AccountId { get; set; }
    public Guid FileId { get; set; }
    public DateOnly Day { get; set; }
    public Guid VideoId { get; set; }

    /// <summary>The first request of that day.</summary>
    public DateTimeOffset DownloadedAt { get; set; }
}
