using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// For answers built from the catalogue by a service other than media-catalog: keyed by the catalogue's
/// <see cref="CatalogueGeneration"/>, read when the request arrives, so that an entry stored after a change from data
/// fetched before it is filed under the old generation and never served. Without Redis, nothing is looked up or stored.
/// </summary>
public sealed class CatalogueGenerationPolicy(CatalogueGeneration generation, ILogger<CatalogueGenerationPolicy> logger) : IOutputCachePolicy
{
    public const string VaryByKey = "catalogue-generation";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // A request the cache will not serve (signed in, say) needs no round trip to Redis.
        if (!context.AllowCacheLookup && !context.AllowCacheStorage) return;
        try
        {
            context.CacheVaryByRules.VaryByValues[VaryByKey] = await generation.CurrentAsync();
        }
        catch (Exception exception) when (SharedCacheOutage.Is(exception))
        {
            SharedCacheOutage.NotRead(logger, exception.Message);
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
