using StackExchange.Redis;

namespace NatoAspire.Identity.Login;

/// <summary>Whose allowance a sign-in try spends: the address's untrusted clients together, or one trusted device.</summary>
public sealed record LoginBucket(RedisKey Key, bool IsDevice)
{
    public static LoginBucket Untrusted(string email) => new($"identity:login-failures:{email}", false);

    public static LoginBucket Device(string email, string deviceId) => new($"identity:login-failures:{email}:device:{deviceId}", true);
}
