namespace NatoAspire.Web.Apis;

/// <summary>The catalogue of the media-catalog service, the account's download history and its download links.</summary>
public sealed class MediaCatalogApi(HttpClient http)
{
    public const int PageSize = 12;

    public Task<ApiResult<VideoPage>> ListAsync(CatalogueFilter filter, int page, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<VideoPage>(http, ApiCalls.Request(HttpMethod.Get,
            $"/api/media/videos?page={page}&pageSize={PageSize}{(filter.QueryString() is { Length: > 0 } filters ? "&" + filters : "")}"), cancellationToken);

    public Task<ApiResult<Video>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<Video>(http, ApiCalls.Request(HttpMethod.Get, $"/api/media/videos/{id}"), cancellationToken);

    public Task<ApiResult<DownloadHistoryPage>> MyDownloadsAsync(string accessToken, int page, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<DownloadHistoryPage>(http,
            ApiCalls.Request(HttpMethod.Get, $"/api/media/me/downloads?page={page}&pageSize={PageSize}", accessToken: accessToken), cancellationToken);

    /// <summary>A short-lived link the browser downloads from directly, through the gateway's download path.</summary>
    public Task<ApiResult<DownloadLink>> CreateDownloadLinkAsync(Guid videoId, Guid fileId, string accessToken, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<DownloadLink>(http,
            ApiCalls.Request(HttpMethod.Post, $"/api/media/videos/{videoId}/files/{fileId}/link", accessToken: accessToken), cancellationToken);
}

public sealed record VideoPage(IReadOnlyList<VideoSummary> Items, int Page, int PageSize, int Total, VideoFacets Facets)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record VideoSummary(
    Guid Id, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string? ThumbnailUrl);

public sealed record VideoFacets(IReadOnlyList<FacetValue> Topics, IReadOnlyList<FacetValue> Locations, IReadOnlyList<FacetValue> Years);

public sealed record FacetValue(string Value, int Count);

public sealed record Video(
    Guid Id, string Title, string Summary, string? Description, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string Credit, string UsageTerms, string Restrictions,
    IReadOnlyList<string> Languages, IReadOnlyList<Shot> ShotList, string Transcript, string? ThumbnailUrl, string? PreviewUrl,
    IReadOnlyList<Caption> Captions, IReadOnlyList<VideoFile> Files);

public sealed record Shot(string Timecode, string Description);

public sealed record Caption(string Language, string Url);

public sealed record VideoFile(
    Guid FileId, string Label, string Kind, string Container, string? VideoCodec, string? AudioCodec, int? Width, int? Height,
    decimal? FrameRate, long? BitRate, string? Chroma, bool? Interlaced, decimal DurationSeconds, long SizeBytes, string Sha256);

public sealed record DownloadHistoryPage(IReadOnlyList<DownloadHistoryItem> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record DownloadHistoryItem(
    Guid VideoId, Guid FileId, string Title, string Label, string Kind, DateTimeOffset DownloadedAt, DateTimeOffset? TermsAcceptedAt);

public sealed record DownloadLink(string Url, DateTimeOffset ExpiresAt);
