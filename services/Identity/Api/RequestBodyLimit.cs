using Microsoft.AspNetCore.Http.Metadata;

namespace NatoAspire.Identity.Api;

/// <summary>
/// Endpoint metadata for the largest body an endpoint accepts. Routing hands it to Kestrel; the middleware below
/// enforces it also where the server does not (a test server), and answers 413 as a problem before any binding.
/// </summary>
sealed class RequestBodyLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}

static class RequestBodyLimitMiddleware
{
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>() is { MaxRequestBodySize: { } limit }
            && !await FitsAsync(context, limit))
        {
            await Problems.PayloadTooLarge(limit).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    static async Task<bool> FitsAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength is { } declared) return declared <= limit;

        // A body without a declared length: read at most one chunk past the limit and replay what was read. (Kestrel
        // also counts, and throws a 413 BadHttpRequestException of its own that the problem-details handler turns into 413.)
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return false;
        }
        buffer.Position = 0;
        request.Body = buffer;
        return true;
    }
}
