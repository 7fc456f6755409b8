namespace NatoAspire.MediaCatalog.Tests.Support;

// The contract's JSON shapes as a client sees them (docs/contract.md §6).
public sealed record VideoListDto(List<VideoListItemDto> Items, int Page, int PageSize, int Total);

public sealed record VideoListItemDto(Guid Id, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds, List<string> Topics, string? ThumbnailUrl);

public sealed record VideoDto(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, int DurationSeconds,
    List<string> Topics, string? Location, List<VideoFileDto> Files);

public sealed record VideoFileDto(
    Guid FileId, string Label, string Container, string? VideoCodec, int? Width, int? Height, decimal? FrameRate,
    long SizeBytes, string Sha256);
