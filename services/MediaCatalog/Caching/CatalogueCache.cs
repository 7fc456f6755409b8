using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Localization;
using StackExchange.Redis;

namespace NatoAspire.MediaCatalog.Caching;

/// <summary>
/// The anonymous catalogue (list, search and facets, details, thumbnails) answered from ASP.NET Core's output cache,
/// kept in Redis so that every replica shares the entries and every eviction. All entries carry one tag, evicted after
/// every change an admin makes (<see cref="EvictsCatalogueCache"/>) and at start, after seeding: nothing shown is stale.
/// </summary>
public static class CatalogueCache
{
    public const string Tag = "catalogue";
    const string Policy = "anonymous-catalogue";
    const string LanguagePolicy = "anonymous-catalogue-by-language";

    public static IHostApplicationBuilder AddCatalogueCache(this IHostApplicationBuilder builder)
    {
        // No health check: the catalogue is served without its cache (see FailOpenOutputCacheStore).
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true, redis =>
        {
            redis.AbortOnConnectFail = false;
            redis.BacklogPolicy = BacklogPolicy.FailFast;
        });
        builder.Services.AddOptions<CatalogueCacheOptions>().BindConfiguration(CatalogueCacheOptions.Section);
        builder.Services.AddStackExchangeRedisOutputCache(_ => { });
        builder.Services.AddOptions<RedisOutputCacheOptions>().Configure<IConnectionMultiplexer, IOptions<CatalogueCacheOptions>>((redis, multiplexer, options) =>
        {
            redis.InstanceName = options.Value.RedisInstanceName;
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer);
        });
        DecorateStore(builder.Services);

        builder.Services.AddOutputCache();
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

    static OutputCachePolicyBuilder Anonymous(OutputCachePolicyBuilder policy, CatalogueCacheOptions options) => policy
        .AddPolicy<AnonymousOnlyPolicy>()
        .SetVaryByQuery("*")
        .Expire(options.TimeToLive)
        .Tag(Tag);

    public static WebApplication UseCatalogueCache(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<CatalogueETag>();
        return app;
    }

    /// <summary>
    /// An anonymous endpoint whose answers the shared cache keeps; <paramref name="byLanguage"/> when the answer
    /// follows <c>Accept-Language</c> (one entry per language the portal speaks).
    /// </summary>
    public static RouteHandlerBuilder CachedForAnonymous(this RouteHandlerBuilder endpoint, bool byLanguage = false) =>
        endpoint.CacheOutput(byLanguage ? LanguagePolicy : Policy).WithMetadata(new CachedCatalogueAnswer());

    /// <summary>An admin endpoint: once it has changed the catalogue, every cached answer goes.</summary>
    public static RouteHandlerBuilder EvictsCatalogueCache(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (Succeeded(result)) await EvictAsync(context.HttpContext.RequestServices, CancellationToken.None);
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
    public static Task EvictCachedCatalogueAsync(this WebApplication app) => EvictAsync(app.Services, CancellationToken.None);

    /// <summary>
    /// How long after a change its eviction is repeated: a read that fetched the old rows just before the change can
    /// store them just after the first eviction.
    /// </summary>
    internal static readonly TimeSpan SecondEviction = TimeSpan.FromSeconds(2);

    static async Task EvictAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IOutputCacheStore>();
        await store.EvictByTagAsync(Tag, cancellationToken);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CatalogueCache));
        _ = Task.Run(async () =>
        {
            await Task.Delay(SecondEviction);
            try
            {
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                logger.LogWarning("The catalogue cache's second eviction failed ({Error}); entries expire on their own", exception.Message);
            }
        });
    }

    static void DecorateStore(IServiceCollection services)
    {
        var redis = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(redis);
        services.AddSingleton<IOutputCacheStore>(provider => new FailOpenOutputCacheStore(
            (IOutputCacheStore)(redis.ImplementationInstance
                ?? redis.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, redis.ImplementationType!)),
            provider.GetRequiredService<ILogger<FailOpenOutputCacheStore>>()));
    }
}
