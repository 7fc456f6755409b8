using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace NatoAspire.MediaCatalog.Caching;

/// <summary>
/// Gives a cached catalogue answer what a browser or a CDN needs to keep it too: a strong ETag (a hash of the body)
/// and <c>Cache-Control: public, no-cache</c>, so that they may store it but ask every time (a 304 costs a few bytes),
/// and never show an answer an admin has since changed. The output cache stores both headers with the answer and
/// answers <c>If-None-Match</c> itself; this runs only when the answer is made.
/// </summary>
sealed class CatalogueETag(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<CachedCatalogueAnswer>() is null || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        // The answers are small (a page of the list, one video, one poster frame): held until hashed.
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            response.Headers.CacheControl = "public, no-cache";
            if (response.Headers.ETag.Count == 0)
                response.Headers.ETag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]).TrimEnd('=')}\"";
            if (Matches(context.Request, response.Headers.ETag.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted);
    }

    static bool Matches(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) &&
        tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == etag);
}

/// <summary>Marks the anonymous answers that the shared cache may keep.</summary>
sealed class CachedCatalogueAnswer;
