using Microsoft.AspNetCore.Http.Features;

namespace NatoAspire.Gateway.BodyLimits;

/// <summary>
/// Caps request bodies at Gateway:MaxRequestBodyBytes, or at the route's own cap (<see cref="RouteBodyLimit"/>), and
/// refuses a larger one with a 413 problem before anything is forwarded. An oversized body that fits the general
/// cap is read and dropped first, so that a client still sending it reads the 413 instead of a broken connection,
/// and the connection stays usable; a larger one ends the connection. An undeclared (chunked) body on a route with a
/// small cap is read whole before it is forwarded, so that it is refused the same way; on other routes Kestrel cuts it
/// off at the cap.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    /// <summary>Routes with caps up to this size get their chunked bodies read before forwarding.</summary>
    const long SmallCap = 64 * 1024;

    readonly long defaultLimit = configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 1_048_576;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = RouteBodyLimit.Of(context) ?? defaultLimit;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature ? feature : null;
        var request = context.Request;

        if (request.ContentLength is { } declared)
        {
            if (declared <= limit)
            {
                if (sizeFeature is not null) sizeFeature.MaxRequestBodySize = limit;
                await next(context);
                return;
            }
            if (declared <= defaultLimit)
            {
                if (sizeFeature is not null) sizeFeature.MaxRequestBodySize = declared;
                await request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            else context.Response.Headers.Connection = "close";
            await RefuseAsync(context, limit);
            return;
        }

        if (sizeFeature is not null) sizeFeature.MaxRequestBodySize = limit <= SmallCap ? defaultLimit : limit;
        if (limit <= SmallCap && HasBody(request) && !await ReadWithinAsync(context, limit))
        {
            await RefuseAsync(context, limit);
            return;
        }
        await next(context);
    }

    static bool HasBody(HttpRequest request) => request.Headers.TransferEncoding.Count > 0;

    /// <summary>Reads the body into memory up to the cap and hands that on; past the cap, drops the rest.</summary>
    static async Task<bool> ReadWithinAsync(HttpContext context, long limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                try
                {
                    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                }
                catch (BadHttpRequestException)
                {
                    // Over the general cap too: answer anyway, and let this connection end.
                    context.Response.Headers.Connection = "close";
                }
                return false;
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        context.Request.Body = buffer;
        return true;
    }

    static Task RefuseAsync(HttpContext context, long limit) => Problems.PayloadTooLarge(limit).ExecuteAsync(context);
}
