namespace NatoAspire.MediaCatalog.Browsing;

public sealed record VideoListPage(IReadOnlyList<VideoListItem> Items, int Page, int PageSize, int Total);

public sealed record VideoListItem(
    Guid Id, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? ThumbnailUrl);
