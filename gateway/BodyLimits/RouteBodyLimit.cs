using Yarp.ReverseProxy.Model;

namespace NatoAspire.Gateway.BodyLimits;

/// <summary>
/// A route's own cap, from its "MaxRequestBodyBytes" metadata: a number of bytes (the media upload route streams
/// files of many GiB), or "account-api" for identity's own limit, so that the number has one home
/// (<see cref="AccountApiLimits"/>).
/// </summary>
static class RouteBodyLimit
{
    public const string MetadataKey = "MaxRequestBodyBytes";
    public const string AccountApi = "account-api";

    public static long? Of(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata is not { } metadata
            || !metadata.TryGetValue(MetadataKey, out var value)) return null;
        if (value == AccountApi) return AccountApiLimits.MaxRequestBodyBytes;
        return long.TryParse(value, out var limit) ? limit : null;
    }
}
