namespace NatoAspire.MediaCatalog.Tests.Support;

// The contract's JSON shapes as a client sees them (docs/contract.md §6).
public sealed record VideoListDto(List<VideoListItemDto> Items, int Page, int PageSize, int Total, FacetsDto Facets);

public sealed record VideoListItemDto(Guid Id, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds, List<string> Topics, string? Location, string? ThumbnailUrl, string? Language = null);

public sealed record FacetsDto(List<FacetValueDto> Topics, List<FacetValueDto> Locations, List<FacetValueDto> Years);

public sealed record FacetValueDto(string Value, int Count);

public sealed record VideoDto(
    Guid Id, string Title, string Summary, string Description, DateTimeOffset PublishedAt, int DurationSeconds,
    List<string> Topics, string? Location, string Credit, string UsageTerms, string Restrictions, List<string> Languages,
    List<ShotDto> ShotList, string Transcript, string? PreviewUrl, List<CaptionDto> Captions, List<VideoFileDto> Files,
    string? Language = null, string? TermsLanguage = null);

public sealed record ShotDto(string Timecode, string Description);

public sealed record CaptionDto(string Language, string Url);

public sealed record VideoFileDto(
    Guid FileId, string Label, string Kind, string Container, string? VideoCodec, string? AudioCodec, int? Width, int? Height,
    decimal? FrameRate, long? BitRate, string? Chroma, bool? Interlaced, long SizeBytes, string Sha256);

public sealed record DownloadHistoryDto(List<DownloadHistoryItemDto> Items, int Page, int PageSize, int Total);

public sealed record DownloadHistoryItemDto(Guid VideoId, Guid FileId, string Title, string Label, DateTimeOffset DownloadedAt, DateTimeOffset? TermsAcceptedAt);
