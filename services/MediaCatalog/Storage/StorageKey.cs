using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace NatoAspire.MediaCatalog.Storage;

/// <summary>
/// Where a file lives inside the storage, always made by the service (never taken from a request), so
/// nothing a client sends can name a path: "{videoId}/{fileId}-{unique}.{extension}", lower-case hex only.
/// </summary>
public readonly partial record struct StorageKey
{
    StorageKey(string value) => Value = value;

    public string Value { get; }

    public static StorageKey ForFile(Guid videoId, Guid fileId, MediaContainer container) =>
        new($"{videoId:N}/{fileId:N}-{Guid.NewGuid():N}.{container.Extension}");

    public static StorageKey ForThumbnail(Guid videoId) =>
        new($"{videoId:N}/thumbnail-{Guid.NewGuid():N}.jpg");

    /// <summary>Where an upload lands before ffprobe has said what it is.</summary>
    public static StorageKey ForUpload(Guid videoId, Guid fileId) =>
        new($"{videoId:N}/{fileId:N}-{Guid.NewGuid():N}.upl");

    /// <summary>Reads a key back from the database, refusing anything this service would not have made.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out StorageKey key)
    {
        key = default;
        if (value is null || !Shape().IsMatch(value)) return false;
        key = new StorageKey(value);
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"\A[0-9a-f]{32}/(?:[0-9a-f]{32}|thumbnail)-[0-9a-f]{32}\.[a-z0-9]{2,4}\z")]
    private static partial Regex Shape();
}
