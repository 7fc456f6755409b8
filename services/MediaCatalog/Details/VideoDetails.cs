using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Details;

public sealed record VideoDetails(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string? ThumbnailUrl, IReadOnlyList<VideoFileDetails> Files)
{
    public static VideoDetails From(Video video) => new(
        video.Id, video.Title, video.Summary, video.Description, video.PublishedAt, video.DurationSeconds,
        video.Topics, video.Location,
        video.ThumbnailKey is null ? null : Thumbnails.ThumbnailEndpoint.UrlOf(video.Id),
        [.. video.Files.OrderByDescending(f => f.Width).ThenBy(f => f.Label).Select(VideoFileDetails.From)]);
}

public sealed record VideoFileDetails(
    Guid FileId, string Label, string Container, string? VideoCodec, int? Width, int? Height, decimal? FrameRate,
    long SizeBytes, string Sha256, string DownloadUrl)
{
    public static VideoFileDetails From(VideoFile file) => new(
        file.Id, file.Label, file.Container, file.VideoCodec, file.Width, file.Height, file.FrameRate,
        file.SizeBytes, file.Sha256, Downloads.DownloadFileEndpoint.UrlOf(file.VideoId, file.Id));
}
