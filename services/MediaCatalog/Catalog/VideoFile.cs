namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>One rendition of a video. Every technical field is what ffprobe read from the stored bytes.</summary>
public sealed class VideoFile
{
    public Guid Id { get; set; }
    public Guid VideoId { get; set; }
    public required string Label { get; set; }

    /// <summary>One of <see cref="FileKinds"/>: master, web, proxy or audio.</summary>
    public required string Kind { get; set; }

    public required string Container { get; set; }
    public string? VideoCodec { get; set; }
    public string? AudioCodec { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public decimal? FrameRate { get; set; }

    /// <summary>Bits per second of the video stream (of the whole file when it has no video).</summary>
    public long? BitRate { get; set; }

    /// <summary>Chroma subsampling such as "4:2:2".</summary>
    public string? Chroma { get; set; }

    /// <summary>True for interlaced video (1080i), false for progressive, null without video.</summary>
    public bool? Interlaced { get; set; }

    public decimal DurationSeconds { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes; also the download's strong ETag.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Made by the service, never by a client: see <see cref="Storage.StorageKey"/>. Sample entries may share one.</summary>
    public required string StorageKey { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}
