using NatoAspire.Identity.Data;
using NatoAspire.Messaging;

namespace NatoAspire.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IdentityDbContext>(IdentityDbContext.ConnectionName);
        // Verification codes, attempt counters and rate limits live in Redis.
        builder.AddRedisClient("redis");
        builder.AddMessaging();
        builder.AddOutboxRelay<IdentityDbContext>();
        return builder;
    }
}
