using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>
/// A catalogue entry that ships with the service; its ids are fixed so that seeding is idempotent. An entry without
/// <see cref="FilesOf"/> renders every file; one with it lists that entry's files under ids of its own, except those
/// of <see cref="OwnKinds"/>, which it renders itself.
/// </summary>
public sealed record SampleVideo(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, string Location,
    IReadOnlyList<string> Topics, IReadOnlyList<SampleFile> Files)
{
    public IReadOnlyList<(string Timecode, string Description)> ShotList { get; init; } = [];
    public string Transcript { get; init; } = "";
    public IReadOnlyDictionary<string, string> Translations { get; init; } = new Dictionary<string, string>();

    /// <summary>The editorial texts in the portal's other languages, by language; an entry without them is shown in English.</summary>
    public IReadOnlyDictionary<string, SampleTexts> TextTranslations { get; init; } = new Dictionary<string, SampleTexts>();
    public IReadOnlyList<string> Languages { get; init; } = ["en"];
    public string Credit { get; init; } = Video.DefaultCredit;
    public string UsageTerms { get; init; } = SampleCatalogue.StandardTerms;
    public string Restrictions { get; init; } = "";
    public Guid? FilesOf { get; init; }

    /// <summary>The kinds of file rendered for this entry, with its own title: for a sharing entry, at most the proxy.</summary>
    public IReadOnlyList<string> OwnKinds
    {
        get => FilesOf is null ? [.. Files.Select(f => f.Kind)] : ownKinds;
        init => ownKinds = value;
    }

    readonly IReadOnlyList<string> ownKinds = [];

    /// <summary>Whether the entry's poster frame is its own: it is taken from the entry's own proxy.</summary>
    public bool OwnsPoster => OwnKinds.Contains(FileKinds.Proxy);
}

/// <summary>An entry's texts in one other language; terms left empty are shown in English.</summary>
public sealed record SampleTexts(string Title, string Summary, string Description, string UsageTerms = "", string Restrictions = "");

/// <summary>A rendition: rendered with ffmpeg at first start for an entry of its own, shared otherwise.</summary>
public sealed record SampleFile(Guid Id, string Kind, string Label);
