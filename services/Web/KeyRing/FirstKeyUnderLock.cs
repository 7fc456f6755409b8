using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Web.KeyRing;

/// <summary>
/// Makes sure the shared ring holds a key in use before this replica serves, one replica at a time.
/// Left to itself, every replica that starts on an empty ring (a first deployment, or a ring whose keys have all
/// expired) makes a key of its own at its first request and keeps its ring in memory: for two minutes after its start
/// ASP.NET Core reloads the ring when a cookie names a key it lacks, after that only once a day. So a session cookie
/// written by one replica stopped being read by the others — the user seemed signed out. Under a Redis lock the first
/// replica makes the key, and the others find it.
/// </summary>
public sealed class FirstKeyUnderLock(IKeyManager keys, IOptions<KeyManagementOptions> options, IConnectionMultiplexer redis,
    TimeProvider time, ILogger<FirstKeyUnderLock> logger) : IHostedService
{
    public static readonly RedisKey LockKey = $"{SharedKeyRing.RedisKey}:first-key-lock";
    static readonly TimeSpan LockLifetime = TimeSpan.FromSeconds(30);
    static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var holder = Guid.NewGuid().ToString("N");
        // The lock expires by itself, so a replica killed while holding it delays the others by at most its lifetime.
        var giveUpAt = time.GetUtcNow() + LockLifetime;
        while (!await database.LockTakeAsync(LockKey, holder, LockLifetime))
        {
            if (time.GetUtcNow() > giveUpAt) break; // a lock never released: make the key anyway rather than never start
            await Task.Delay(RetryDelay, time, cancellationToken);
        }
        try
        {
            var now = time.GetUtcNow();
            if (keys.GetAllKeys().Any(key => !key.IsRevoked && key.ActivationDate <= now && key.ExpirationDate > now)) return;
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
            logger.LogInformation("Made the first key of the shared data-protection key ring");
        }
        finally
        {
            await database.LockReleaseAsync(LockKey, holder);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
