using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>
/// A catalogue entry that ships with the service; its ids are fixed so that seeding is idempotent. An entry with
/// <see cref="FilesOf"/> renders nothing: it lists the files of that entry under ids of its own.
/// </summary>
public sealed record SampleVideo(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, string Location,
    IReadOnlyList<string> Topics, IReadOnlyList<SampleFile> Files)
{
    public IReadOnlyList<(string Timecode, string Description)> ShotList { get; init; } = [];
    public string Transcript { get; init; } = "";
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Languages { get; init; } = ["en"];
    public string Credit { get; init; } = Video.DefaultCredit;
    public string UsageTerms { get; init; } = SampleCatalogue.StandardTerms;
    public string Restrictions { get; init; } = "";
    public Guid? FilesOf { get; init; }
}

/// <summary>A rendition: rendered with ffmpeg at first start for an entry of its own, shared otherwise.</summary>
public sealed record SampleFile(Guid Id, string Kind, string Label);
