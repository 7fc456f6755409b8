using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace NatoAspire.MediaCatalog.Caching;

/// <summary>
/// The Redis store, except that a Redis that does not answer makes a read a miss and a write a no-op: the catalogue
/// is then served from PostgreSQL, slower but never refused. An eviction that fails is not swallowed: the admin's
/// change must not look done while stale answers stay in the cache.
/// </summary>
sealed class FailOpenOutputCacheStore(IOutputCacheStore redis, ILogger<FailOpenOutputCacheStore> logger) : IOutputCacheStore
{
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.GetAsync(key, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("The catalogue cache did not answer ({Error}): served from the database", exception.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await redis.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            logger.LogWarning("The catalogue cache did not store an answer ({Error})", exception.Message);
        }
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => redis.EvictByTagAsync(tag, cancellationToken);
}
