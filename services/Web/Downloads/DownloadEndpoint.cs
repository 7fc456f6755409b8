using System.Net;
using System.Net.Http.Headers;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Downloads;

/// <summary>
/// The browser holds a cookie, the catalogue wants a bearer token: this relays a download with the user's
/// token, passing range and validator headers both ways and streaming the body without holding it.
/// </summary>
public static class DownloadEndpoint
{
    static readonly string[] RequestHeaders = ["Range", "If-Range", "If-None-Match", "If-Match", "If-Modified-Since", "If-Unmodified-Since"];
    static readonly string[] ResponseHeaders = ["Accept-Ranges", "ETag", "Last-Modified", "Content-Disposition", "Content-Range"];

    public static string UrlOf(Guid videoId, Guid fileId) => $"/videos/{videoId}/files/{fileId}/download";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/videos/{id:guid}/files/{fileId:guid}/download", DownloadAsync);
        return app;
    }

    static async Task DownloadAsync(Guid id, Guid fileId, HttpContext context, PortalSession session, MediaCatalogApi media)
    {
        var tokens = await session.TokensAsync();
        if (tokens is null)
        {
            context.Response.Redirect(LoginThenBackTo(id));
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, MediaCatalogApi.DownloadPath(id, fileId));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        foreach (var name in RequestHeaders)
        {
            if (context.Request.Headers.TryGetValue(name, out var values)) request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }

        using var response = await media.OpenDownloadAsync(request, context.RequestAborted);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            context.Response.Redirect(LoginThenBackTo(id));
            return;
        }
        if (!IsRelayed(response.StatusCode))
        {
            // The status pages explain 403 (unverified), 404 and the rest in HTML.
            context.Response.StatusCode = (int)response.StatusCode;
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.Headers.CacheControl = "private, no-store";
        foreach (var name in ResponseHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
                context.Response.Headers[name] = values.ToArray();
        }
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        context.Response.ContentLength = response.Content.Headers.ContentLength;

        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    static bool IsRelayed(HttpStatusCode status) =>
        status is HttpStatusCode.OK or HttpStatusCode.PartialContent or HttpStatusCode.NotModified
            or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestedRangeNotSatisfiable;

    static string LoginThenBackTo(Guid videoId) => $"/account/login?returnUrl={Uri.EscapeDataString($"/videos/{videoId}")}";
}
