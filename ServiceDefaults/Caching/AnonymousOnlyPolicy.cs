using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// On top of the default policy (GET and HEAD, 200 only, no Authorization header, no Set-Cookie in the answer): a
/// request that is not anonymous (<see cref="AnonymousRequests"/>) is neither answered from the cache nor stored in it,
/// since whoever sends credentials may be shown something of their own; and an answer that says it is private or must
/// not be stored (antiforgery says so of every page it puts a form token in) is not stored.
/// </summary>
public sealed class AnonymousOnlyPolicy(AnonymousRequests anonymous) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!anonymous.Are(context.HttpContext))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (SaysPersonal(context.HttpContext.Response.Headers.CacheControl)) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    internal static bool SaysPersonal(StringValues cacheControl) =>
        HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.PrivateString) ||
        HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString);
}
