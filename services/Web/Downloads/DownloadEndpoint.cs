using System.Net;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Downloads;

/// <summary>
/// The browser holds a cookie, the catalogue wants a bearer token. Rather than relay the bytes (gateway → web →
/// catalogue, every byte copied twice), this asks the catalogue for a short-lived download link with the user's token
/// and sends the browser there: the bytes then take the API's own download path through the gateway.
/// </summary>
public static class DownloadEndpoint
{
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

        var link = await media.CreateDownloadLinkAsync(id, fileId, tokens.AccessToken, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        if (link.Succeeded)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = link.Value.Url;
        }
        else if (link.Problem.Status == HttpStatusCode.Unauthorized) context.Response.Redirect(LoginThenBackTo(id));
        // The status pages explain 403 (unverified), 404 and the rest in HTML.
        else context.Response.StatusCode = (int)link.Problem.Status;
    }

    static string LoginThenBackTo(Guid videoId) => $"/account/login?returnUrl={Uri.EscapeDataString($"/videos/{videoId}")}";
}
