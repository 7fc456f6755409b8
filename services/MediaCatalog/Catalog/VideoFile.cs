namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>One downloadable rendition of a video (a broadcast master, a proxy…).</summary>
public sealed class VideoFile
{
    public Guid Id { get; set; }
    public Guid VideoId { get; set; }
    public required string Label { get; set; }
    public required string Container { get; set; }
    public string? VideoCodec { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public decimal? FrameRate { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes; also the download's strong ETag.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Made by the service, never by a client: see <see cref="Storage.StorageKey"/>.</summary>
    public required string StorageKey { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
