using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// The Redis store, except that a Redis that does not answer makes a read a miss and a write a no-op: answers are then
/// made afresh, slower but never refused. An eviction that fails is not swallowed: an admin's change must not look
/// done while stale answers stay in the cache.
/// </summary>
sealed class FailOpenOutputCacheStore(IOutputCacheStore redis, ILogger<FailOpenOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.GetAsync(key, cancellationToken);
        }
        catch (Exception exception) when (SharedCacheOutage.Is(exception))
        {
            SharedCacheOutage.NotRead(logger, exception.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await redis.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (SharedCacheOutage.Is(exception))
        {
            SharedCacheOutage.NotStored(logger, exception.Message);
        }
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => redis.EvictByTagAsync(tag, cancellationToken);
}
