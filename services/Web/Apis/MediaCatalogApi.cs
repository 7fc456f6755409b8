namespace NatoAspire.Web.Apis;

/// <summary>The catalogue of the media-catalog service, and its downloads as a stream.</summary>
public sealed class MediaCatalogApi(HttpClient http)
{
    public const int PageSize = 12;

    public Task<ApiResult<VideoPage>> ListAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var path = $"/api/media/videos?page={page}&pageSize={PageSize}";
        if (!string.IsNullOrWhiteSpace(query)) path += $"&q={Uri.EscapeDataString(query.Trim())}";
        return ApiCalls.SendAsync<VideoPage>(http, ApiCalls.Request(HttpMethod.Get, path), cancellationToken);
    }

    public Task<ApiResult<Video>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<Video>(http, ApiCalls.Request(HttpMethod.Get, $"/api/media/videos/{id}"), cancellationToken);

    /// <summary>Sends the download request and returns as soon as the headers are in, so the body can be streamed.</summary>
    public Task<HttpResponseMessage> OpenDownloadAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public static string DownloadPath(Guid videoId, Guid fileId) => $"/api/media/videos/{videoId}/files/{fileId}";
}

public sealed record VideoPage(IReadOnlyList<VideoSummary> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record VideoSummary(
    Guid Id, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? ThumbnailUrl);

public sealed record Video(
    Guid Id, string Title, string Summary, string? Description, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string? ThumbnailUrl, IReadOnlyList<VideoFile> Files);

public sealed record VideoFile(
    Guid FileId, string Label, string Container, string? VideoCodec, int? Width, int? Height, decimal? FrameRate,
    long SizeBytes, string Sha256);
