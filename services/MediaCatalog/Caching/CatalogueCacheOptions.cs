namespace NatoAspire.MediaCatalog.Caching;

public sealed class CatalogueCacheOptions
{
    public const string Section = "Catalogue:Cache";

    /// <summary>
    /// How long an anonymous answer stays in the shared cache. Every change an admin makes evicts the whole catalogue at
    /// once, so this only bounds what an eviction lost to a Redis outage could leave behind. Defaults to 10 minutes.
    /// </summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Where the entries live in Redis, so that deployments sharing one Redis keep them apart.
    /// Defaults to "natoaspire:media-catalog:output-cache:".
    /// </summary>
    public string RedisInstanceName { get; set; } = "natoaspire:media-catalog:output-cache:";
}
