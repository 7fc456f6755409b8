using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// Gives an answer the shared cache keeps (<see cref="SharedCacheAnswer"/>) what a browser or a CDN needs to keep it
/// too: a strong ETag, a hash of the build (<see cref="PortalBuild"/>) and of the body, and
/// <c>Cache-Control: public, no-cache</c>, so that they may store it but ask every time (a 304 costs a few bytes), and
/// never show an answer an admin has since changed. An answer that already says <c>private</c> or <c>no-store</c> (a
/// signed-in visitor's page) keeps that and gets no ETag. The output cache stores both headers with the answer and
/// answers <c>If-None-Match</c> itself; this runs only when the answer is made.
/// </summary>
sealed class SharedCacheETag(RequestDelegate next, PortalBuild build)
{
    readonly byte[] buildId = Encoding.ASCII.GetBytes(build.Id);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SharedCacheAnswer>() is null || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        // The answers are small (a page of the list, one video, one poster frame, one page of HTML): held until hashed.
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
        if (response.StatusCode == StatusCodes.Status200OK && !AnonymousOnlyPolicy.SaysPersonal(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = "public, no-cache";
            if (response.Headers.ETag.Count == 0) response.Headers.ETag = ETagOf(buffer);
            if (Matches(context.Request, response.Headers.ETag.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        // An empty error answer stays without a length, so that a status page can still be written in its place.
        if (buffer.Length == 0) return;
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted);
    }

    string ETagOf(MemoryStream body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(buildId);
        hash.AppendData(body.GetBuffer().AsSpan(0, (int)body.Length));
        return $"\"{Convert.ToBase64String(hash.GetHashAndReset()[..16]).TrimEnd('=')}\"";
    }

    static bool Matches(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) &&
        tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == etag);
}

/// <summary>Marks the anonymous answers that the shared cache may keep.</summary>
public sealed class SharedCacheAnswer;
