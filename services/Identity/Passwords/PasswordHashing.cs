using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// ASP.NET Core Identity's PBKDF2-HMAC-SHA512 hasher, run on the <see cref="HashingThreads"/>, plus a decoy hash so that
/// an unknown address costs as much time as a known one. Every method may throw <see cref="HashingBusyException"/>
/// before any work is done.
/// </summary>
public sealed class PasswordHashing(IPasswordHasher<Account> hasher, HashingThreads threads)
{
    readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Decoy, Guid.NewGuid().ToString()));

    // ASP.NET Core Identity's PasswordHasher never reads the account: a hash depends on the password and a fresh salt.
    static readonly Account Decoy = new() { Email = "", FirstName = "", LastName = "", PasswordHash = "" };

    /// <summary>A new hash of <paramref name="password"/>, for any account.</summary>
    public Task<string> HashAsync(string password, CancellationToken cancellationToken = default) =>
        threads.RunAsync(() => hasher.HashPassword(Decoy, password), cancellationToken);

    public Task<PasswordVerificationResult> VerifyAsync(Account account, string password, CancellationToken cancellationToken = default)
    {
        var hash = account.PasswordHash;
        return threads.RunAsync(() => hasher.VerifyHashedPassword(account, hash, password), cancellationToken);
    }

    /// <summary>Spends the time of a verification without an account to verify against.</summary>
    public Task VerifyAgainstDecoyAsync(string password, CancellationToken cancellationToken = default) =>
        threads.RunAsync(() => hasher.VerifyHashedPassword(Decoy, decoyHash.Value, password), cancellationToken);
}

static class PasswordHashingRegistration
{
    public static IServiceCollection AddPasswordHashing(this IServiceCollection services)
    {
        services.AddOptions<PasswordOptions>().BindConfiguration(PasswordOptions.Section)
            .Validate(o => o.Iterations >= 1, "Passwords:Iterations must be positive.")
            .Validate(o => o.HashingThreads >= 1 && o.HashingQueueLength >= 1,
                "Passwords:HashingThreads and Passwords:HashingQueueLength must be at least 1.");
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<PasswordOptions>>((hasher, passwords) =>
        {
            hasher.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            hasher.IterationCount = passwords.Value.Iterations;
        });
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton<HashingThreads>();
        services.AddSingleton<PasswordHashing>();
        services.AddExceptionHandler<HashingBusyHandler>();
        return services;
    }
}
