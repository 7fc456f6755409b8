using Microsoft.AspNetCore.OutputCaching;

namespace NatoAspire.MediaCatalog.Caching;

/// <summary>
/// On top of the default policy (GET and HEAD, 200 only, no Authorization header, no Set-Cookie in the answer): a
/// request that carries a cookie is neither answered from the cache nor stored in it, since whoever sends credentials
/// may be shown something of their own.
/// </summary>
sealed class AnonymousOnlyPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (request.Headers.Cookie.Count > 0 || request.Headers.Authorization.Count > 0)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
