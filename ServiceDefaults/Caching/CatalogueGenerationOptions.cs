namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>Read by media-catalog, which replaces the generation, and by every service that keys its cache by it.</summary>
public sealed class CatalogueGenerationOptions
{
    public const string Section = "Catalogue:Generation";

    /// <summary>
    /// The Redis key that holds the catalogue's generation; every service of one deployment must name the same key, and
    /// deployments sharing one Redis different ones. Defaults to "natoaspire:catalogue:generation".
    /// </summary>
    public string RedisKey { get; set; } = "natoaspire:catalogue:generation";
}
