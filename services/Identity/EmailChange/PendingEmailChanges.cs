using Microsoft.Extensions.Options;
using NatoAspire.Identity.Codes;
using StackExchange.Redis;

namespace NatoAspire.Identity.EmailChange;

/// <summary>
/// The address an account asked to move to, in Redis beside its code and for as long as the code lives, so that any
/// replica can finish the change. The code itself is bound to the account and to this address
/// (<see cref="CodeSubject"/>): if the pending address is replaced, a code sent to the earlier one no longer works.
/// </summary>
public sealed class PendingEmailChanges(IConnectionMultiplexer redis, IOptions<CodeOptions> options)
{
    public Task SetAsync(Guid accountId, string newEmail) =>
        redis.GetDatabase().StringSetAsync(Key(accountId), newEmail, options.Value.Lifetime);

    public async Task<string?> GetAsync(Guid accountId) => await redis.GetDatabase().StringGetAsync(Key(accountId));

    public Task ForgetAsync(Guid accountId) => redis.GetDatabase().KeyDeleteAsync(Key(accountId));

    /// <summary>Whom the code store counts codes and tries for: this account moving to this address.</summary>
    public static string CodeSubject(Guid accountId, string newEmail) => $"{accountId:N}:{newEmail}";

    static RedisKey Key(Guid accountId) => $"identity:email-change:{accountId:N}";
}
