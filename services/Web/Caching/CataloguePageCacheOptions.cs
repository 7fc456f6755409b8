namespace NatoAspire.Web.Caching;

public sealed class CataloguePageCacheOptions
{
    public const string Section = "Pages:Cache";

    /// <summary>
    /// How long an anonymous catalogue page stays in the shared cache. Every change an admin makes to the catalogue
    /// leaves every cached page behind at once (a new catalogue generation), so this only bounds how long Redis keeps
    /// entries nobody can reach any more. Defaults to 10 minutes.
    /// </summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Where the pages live in Redis, so that deployments sharing one Redis keep them apart.
    /// Defaults to "natoaspire:web:output-cache:".
    /// </summary>
    public string RedisInstanceName { get; set; } = "natoaspire:web:output-cache:";
}
