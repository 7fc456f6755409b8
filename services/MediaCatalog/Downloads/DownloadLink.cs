namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>
/// A short-lived link to one file for one account, so that a browser holding only the portal's cookie downloads
/// straight from the catalogue (through the gateway's download path) instead of through the web service. Only the
/// SHA-256 of its random token is kept, so the table alone opens nothing.
/// </summary>
public sealed class DownloadLink
{
    public required string TokenHash { get; set; }
    public Guid AccountId { get; set; }
    public Guid VideoId { get; set; }
    public Guid FileId { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
