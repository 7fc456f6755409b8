namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>A catalogue entry that ships with the service; its ids are fixed so that seeding is idempotent.</summary>
public sealed record SampleVideo(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, string Location,
    IReadOnlyList<string> Topics, IReadOnlyList<SampleFile> Files);

/// <summary>A rendition generated with ffmpeg at first start: SMPTE HD bars, a 1 kHz tone, the title and a running timecode.</summary>
public sealed record SampleFile(Guid Id, string Label, int Width, int Height, int FrameRate);
