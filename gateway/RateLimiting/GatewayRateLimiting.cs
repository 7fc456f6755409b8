using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// Per-client-IP fixed windows whose sizes come from configuration (RateLimits:*), counted in Redis so that every
/// gateway replica shares them. The account policy counts each endpoint separately, so a client that registers does
/// not use up its logins; it covers the account API and the pages' form posts alike (see appsettings.json), so a
/// browser meets the same limits.
/// </summary>
public static class GatewayRateLimiting
{
    public const string AccountPolicy = "account";
    public const string DefaultPolicy = "per-client";

    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        // No health check: the gateway stays ready while Redis is down, and fails open. Commands fail at once
        // while the connection is down instead of waiting in the backlog, so no request waits on a dead Redis.
        builder.AddRedisClient("redis", settings => settings.DisableHealthChecks = true, redis =>
        {
            redis.AbortOnConnectFail = false;
            redis.BacklogPolicy = BacklogPolicy.FailFast;
            redis.AsyncTimeout = 2000;
        });
        builder.Services.AddSingleton<SharedRateLimitCounters>();
        builder.Services.AddOptions<RateLimitKeyOptions>().BindConfiguration(RateLimitKeyOptions.Section);
        builder.Services.AddOptions<RateLimitOptions>(AccountPolicy).BindConfiguration("RateLimits:Account");
        builder.Services.AddOptions<RateLimitOptions>(DefaultPolicy).BindConfiguration("RateLimits:Default");

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AccountPolicy, context =>
                Partition(context, AccountPolicy, $"{ClientPartition.Client(context)}|{ClientPartition.Endpoint(context.Request.Path)}"));
            limiter.AddPolicy(DefaultPolicy, context =>
                Partition(context, DefaultPolicy, ClientPartition.Client(context)));
            limiter.OnRejected = RejectAsync;
        });
        return builder;
    }

    static RateLimitPartition<string> Partition(HttpContext context, string policy, string key)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().Get(policy);
        var counters = services.GetRequiredService<SharedRateLimitCounters>();
        var prefix = services.GetRequiredService<IOptions<RateLimitKeyOptions>>().Value.RedisKeyPrefix;
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        if (options.PermitsPerRedisCall > 1)
            return RateLimitPartition.Get($"{prefix}{policy}:{key}", partition => new BlockReservingRateLimiter(
                partition, options.PermitLimit, window, options.PermitsPerRedisCall,
                new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = window, QueueLimit = 0 }),
                counters, services.GetService<TimeProvider>() ?? TimeProvider.System));
        return RateLimitPartition.Get($"{prefix}{policy}:{key}", partition => new FailOpenRateLimiter(
            new RedisFixedWindowRateLimiter<string>(partition, new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => counters.Redis,
                PermitLimit = options.PermitLimit,
                Window = window,
            }),
            new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = window, QueueLimit = 0 }),
            counters));
    }

    static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter =
            rejected.Lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var sharedSeconds) ? TimeSpan.FromSeconds(Math.Max(sharedSeconds, 1))
            : rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
            : TimeSpan.FromSeconds(60);
        return new(Problems.TooManyRequests(rejected.HttpContext.Response, retryAfter).ExecuteAsync(rejected.HttpContext));
    }
}
