using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Localization;
using NatoAspire.ServiceDefaults.Caching;

namespace NatoAspire.MediaCatalog.Caching;

/// <summary>
/// The anonymous catalogue (list, search and facets, details, thumbnails) answered from the shared output cache
/// (<see cref="SharedOutputCache"/>, Redis), so that every replica shares the entries and every eviction. All entries
/// carry one tag, evicted after every change an admin makes (<see cref="EvictsCatalogueCache"/>) and at start, after
/// seeding; each eviction also names a new <see cref="CatalogueGeneration"/>, which leaves the pages other services
/// built from the catalogue behind too: nothing shown is stale.
/// </summary>
public static class CatalogueCache
{
    public const string Tag = "catalogue";
    const string Policy = "anonymous-catalogue";
    const string LanguagePolicy = "anonymous-catalogue-by-language";

    public static IHostApplicationBuilder AddCatalogueCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CatalogueCacheOptions>().BindConfiguration(CatalogueCacheOptions.Section);
        builder.AddSharedOutputCache(
            services => services.GetRequiredService<IOptions<CatalogueCacheOptions>>().Value.RedisInstanceName,
            _ => AnonymousRequests.WithoutCookies);
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CatalogueCacheOptions>>((cache, options) =>
        {
            cache.AddPolicy(Policy, policy => Anonymous(policy, options.Value));
            // By the language the answer is in, not by the header as sent: "fr-CA" and "fr-FR;q=0.9" share one entry,
            // and a French answer is never served to an English request.
            cache.AddPolicy(LanguagePolicy, policy => Anonymous(policy, options.Value)
                .VaryByValue(context => new KeyValuePair<string, string>("language", RequestLanguage.Of(context.Request))));
        });
        return builder;
    }

    // The answers name no host (links are paths), so every replica, whatever address the gateway reached it at, shares them.
    static OutputCachePolicyBuilder Anonymous(OutputCachePolicyBuilder policy, CatalogueCacheOptions options) => policy
        .AddPolicy<AnonymousOnlyPolicy>()
        .SetVaryByQuery("*")
        .SetVaryByHost(false)
        .Expire(options.TimeToLive)
        .Tag(Tag);

    public static WebApplication UseCatalogueCache(this WebApplication app)
    {
        app.UseSharedOutputCache();
        return app;
    }

    /// <summary>
    /// An anonymous endpoint whose answers the shared cache keeps; <paramref name="byLanguage"/> when the answer
    /// follows <c>Accept-Language</c> (one entry per language the portal speaks).
    /// </summary>
    public static RouteHandlerBuilder CachedForAnonymous(this RouteHandlerBuilder endpoint, bool byLanguage = false) =>
        endpoint.CacheOutput(byLanguage ? LanguagePolicy : Policy).WithMetadata(new SharedCacheAnswer());

    /// <summary>An admin endpoint: once it has changed the catalogue, every cached answer goes.</summary>
    public static RouteHandlerBuilder EvictsCatalogueCache(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (Succeeded(result)) await EvictAsync(context.HttpContext.RequestServices);
            return result;
        });

    // Results<A, B> wraps the answer it holds.
    static bool Succeeded(object? result) => result switch
    {
        INestedHttpResult nested => Succeeded(nested.Result),
        IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } => true,
        _ => false,
    };

    /// <summary>At start, after seeding: entries from before a restart may show what this start changed.</summary>
    public static Task EvictCachedCatalogueAsync(this WebApplication app) => EvictAsync(app.Services);

    /// <summary>
    /// How long after a change its eviction is repeated: a read that fetched the old rows just before the change can
    /// store them just after the first eviction.
    /// </summary>
    internal static readonly TimeSpan SecondEviction = TimeSpan.FromSeconds(2);

    static async Task EvictAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOutputCacheStore>();
        var generation = services.GetRequiredService<CatalogueGeneration>();
        await EvictOnceAsync(store, generation);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CatalogueCache));
        _ = Task.Run(async () =>
        {
            await Task.Delay(SecondEviction);
            try
            {
                await EvictOnceAsync(store, generation);
            }
            catch (Exception exception) when (SharedCacheOutage.Is(exception))
            {
                SharedCacheOutage.SecondEvictionFailed(logger, exception.Message);
            }
        });
    }

    // Ours first, then the generation: a page another service builds under the new generation must not find our old answer.
    static async Task EvictOnceAsync(IOutputCacheStore store, CatalogueGeneration generation)
    {
        await store.EvictByTagAsync(Tag, CancellationToken.None);
        await generation.BumpAsync();
    }
}
