using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Transforms;

namespace NatoAspire.Gateway.Downloads;

/// <summary>
/// Routes with a "ReadAheadBytes" metadata value (the media routes) relay response bodies in large pieces: read
/// ahead from the upstream (<see cref="ReadAheadStream"/>) and written behind to the client (<see cref="WriteBehindBody"/>),
/// so a download costs a few socket calls per MiB instead of three per 64 KiB. YARP still does the copying, with its
/// error handling, cancellation and telemetry.
/// </summary>
public static class LargeDownloads
{
    public const string MetadataKey = "ReadAheadBytes";

    public static IReverseProxyBuilder AddLargeDownloads(this IReverseProxyBuilder proxy) =>
        proxy.AddTransforms(context =>
        {
            if (context.Route.Metadata?.TryGetValue(MetadataKey, out var value) != true || !int.TryParse(value, out var size) || size <= 0) return;
            context.AddResponseTransform(transform =>
            {
                // Answers of unknown or small length on the same route (catalogue pages, JSON) are left to YARP as they are.
                if (transform.ProxyResponse?.Content is not { } content || content.Headers.ContentLength is not long length || length < size)
                    return ValueTask.CompletedTask;
                var upstream = new ReadAheadContent(content, size);
                var features = transform.HttpContext.Features;
                var client = new WriteBehindBody(features.GetRequiredFeature<IHttpResponseBodyFeature>(), flushThreshold: size / 2, () => upstream.HoldsData);
                features.Set<IHttpResponseBodyFeature>(client);
                transform.ProxyResponse.Content = upstream;
                return ValueTask.CompletedTask;
            });
        });
}
