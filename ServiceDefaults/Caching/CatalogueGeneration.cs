using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// Which state of the catalogue the cached answers built from it belong to: a value in Redis that media-catalog replaces
/// every time it evicts its own cached answers (each admin change, and each start), and that every other service keys
/// its entries by. A new value leaves every older entry unreachable on every replica at once, including one stored
/// after the change from data fetched before it. A random value rather than a counter: should Redis lose the key, the
/// next one can never bring an old entry back.
/// </summary>
public sealed class CatalogueGeneration(
    [FromKeyedServices(SharedOutputCache.RedisConnectionName)] IConnectionMultiplexer redis, IOptions<CatalogueGenerationOptions> options)
{
    readonly RedisKey key = options.Value.RedisKey;

    public async Task<string> CurrentAsync()
    {
        var database = redis.GetDatabase();
        if (await database.StringGetAsync(key) is { HasValue: true } current) return current.ToString();
        // Whoever writes the first value wins; everyone reads that one.
        var first = NewValue();
        return await database.StringSetAsync(key, first, when: When.NotExists) ? first : (await database.StringGetAsync(key)).ToString();
    }

    public Task BumpAsync() => redis.GetDatabase().StringSetAsync(key, NewValue());

    static string NewValue() => Guid.NewGuid().ToString("N");
}
