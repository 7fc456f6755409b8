using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// Per-client-IP fixed windows whose sizes come from configuration (RateLimits:*). The account policy
/// counts each endpoint separately, so a client that registers does not use up its logins; it covers the
/// account API and the pages' form posts alike (see appsettings.json), so a browser meets the same limits.
/// </summary>
public static class GatewayRateLimiting
{
    public const string AccountPolicy = "account";
    public const string DefaultPolicy = "per-client";

    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
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
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<RateLimitOptions>>().Get(policy);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    static ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        return new(Problems.TooManyRequests(rejected.HttpContext.Response, retryAfter).ExecuteAsync(rejected.HttpContext));
    }
}
