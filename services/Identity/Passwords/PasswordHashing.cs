using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// ASP.NET Core Identity's PBKDF2-HMAC-SHA512 hasher, plus a decoy hash so that an unknown address costs as much
/// time as a known one.
/// </summary>
public sealed class PasswordHashing(IPasswordHasher<Account> hasher)
{
    readonly Lazy<string> decoyHash = new(() => hasher.HashPassword(Decoy, Guid.NewGuid().ToString()));

    static readonly Account Decoy = new() { Email = "", FirstName = "", LastName = "", PasswordHash = "" };

    public string Hash(Account account, string password) => hasher.HashPassword(account, password);

    public PasswordVerificationResult Verify(Account account, string password) =>
        hasher.VerifyHashedPassword(account, account.PasswordHash, password);

    /// <summary>Spends the time of a verification without an account to verify against.</summary>
    public void VerifyAgainstDecoy(string password) => hasher.VerifyHashedPassword(Decoy, decoyHash.Value, password);

    /// <summary>Spends the time of a hash whose result nobody needs.</summary>
    public void HashForNothing(string password) => hasher.HashPassword(Decoy, password);
}

static class PasswordHashingRegistration
{
    public static IServiceCollection AddPasswordHashing(this IServiceCollection services)
    {
        services.AddOptions<PasswordOptions>().BindConfiguration(PasswordOptions.Section)
            .Validate(o => o.Iterations >= 1, "Passwords:Iterations must be positive.");
        services.AddOptions<PasswordHasherOptions>().Configure<IOptions<PasswordOptions>>((hasher, passwords) =>
        {
            hasher.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            hasher.IterationCount = passwords.Value.Iterations;
        });
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton<PasswordHashing>();
        return services;
    }
}
