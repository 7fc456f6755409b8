using System.Text.Json;

namespace NatoAspire.WholeSystem.Load;

/// <summary>One downloadable file of the catalogue, as its video's details describe it.</summary>
public sealed record CatalogueFile(string VideoId, string FileId, long SizeBytes, string Sha256)
{
    public string Path => $"/api/media/videos/{VideoId}/files/{FileId}";

    public static IEnumerable<CatalogueFile> Of(JsonElement video) =>
        video.GetProperty("files").EnumerateArray().Select(f => new CatalogueFile(
            video.GetProperty("id").GetString()!, f.GetProperty("fileId").GetString()!,
            f.GetProperty("sizeBytes").GetInt64(), f.GetProperty("sha256").GetString()!));
}
