using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Model;

namespace NatoAspire.Gateway.BodyLimits;

/// <summary>
/// Caps request bodies at Gateway:MaxRequestBodyBytes, or at a route's own "MaxRequestBodyBytes" metadata
/// (the media upload route streams files of many GiB). A declared length over the cap is refused at once
/// with a 413 problem, before anything is forwarded; an undeclared (chunked) body is cut off by Kestrel at the cap.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IConfiguration configuration)
{
    public const string MetadataKey = "MaxRequestBodyBytes";

    readonly long defaultLimit = configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 1_048_576;

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = RouteLimit(context) ?? defaultLimit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;

        if (context.Request.ContentLength > limit)
        {
            await TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.",
                extensions: new Dictionary<string, object?> { ["code"] = "payload_too_large", ["limitBytes"] = limit })
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    static long? RouteLimit(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata is { } metadata
        && metadata.TryGetValue(MetadataKey, out var value)
        && long.TryParse(value, out var limit)
            ? limit
            : null;
}
