using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// ASP.NET Core's output cache kept in Redis, so that every replica of a service serves and evicts the same entries,
/// and answers without it while Redis is away (<see cref="FailOpenOutputCacheStore"/>). One setup for every service
/// that caches anonymous answers (media-catalog's API, the web's pages); each keeps its entries under its own
/// instance name and declares its own policies.
/// </summary>
public static class SharedOutputCache
{
    /// <summary>
    /// The connection string's name. The cache has a connection of its own, keyed by this name: it fails fast while
    /// Redis is away (a page waits for nothing) and has no health check (nothing needs the cache to be served).
    /// </summary>
    public const string RedisConnectionName = "redis";

    /// <param name="redisInstanceName">Where the service's entries live in Redis.</param>
    /// <param name="anonymous">Who the service counts as anonymous, for <see cref="AnonymousOnlyPolicy"/>.</param>
    public static IHostApplicationBuilder AddSharedOutputCache(this IHostApplicationBuilder builder,
        Func<IServiceProvider, string> redisInstanceName, Func<IServiceProvider, AnonymousRequests> anonymous)
    {
        builder.AddKeyedRedisClient(RedisConnectionName, settings => settings.DisableHealthChecks = true, redis =>
        {
            redis.AbortOnConnectFail = false;
            redis.BacklogPolicy = BacklogPolicy.FailFast;
        });
        builder.Services.AddStackExchangeRedisOutputCache(_ => { });
        builder.Services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((redis, services) =>
        {
            var multiplexer = services.GetRequiredKeyedService<IConnectionMultiplexer>(RedisConnectionName);
            redis.InstanceName = redisInstanceName(services);
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer);
        });
        DecorateStore(builder.Services);
        builder.Services.AddOutputCache();
        builder.Services.AddSingleton<PortalBuild>();
        builder.Services.AddOptions<CatalogueGenerationOptions>().BindConfiguration(CatalogueGenerationOptions.Section);
        builder.Services.AddSingleton<CatalogueGeneration>();
        builder.Services.AddSingleton(anonymous);
        return builder;
    }

    /// <summary>
    /// The output cache, then <see cref="SharedCacheETag"/> inside it, so that the cache stores the ETag and
    /// Cache-Control with each answer. After routing: the policies are the endpoints'.
    /// </summary>
    public static IApplicationBuilder UseSharedOutputCache(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseMiddleware<SharedCacheETag>();
        return app;
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
