using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Tests.Rules;

public sealed class PasswordHashingTests
{
    static readonly Account Someone = new() { Email = "ada@example.org", FirstName = "Ada", LastName = "Lovelace", PasswordHash = "" };

    [Fact]
    public async Task Hashes_with_PBKDF2_HMAC_SHA512_and_210000_iterations_by_default()
    {
        var hashing = Hashing(iterations: null);

        var hash = Convert.FromBase64String(await hashing.HashAsync("Correct-Horse-42-Battery"));

        Assert.Equal(0x01, hash[0]); // Identity V3 format
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }

    [Fact]
    public async Task Asks_for_a_rehash_when_the_iterations_grew()
    {
        var account = new Account { Email = Someone.Email, FirstName = "Ada", LastName = "Lovelace", PasswordHash = "" };
        account.PasswordHash = await Hashing(iterations: 1000).HashAsync("Correct-Horse-42-Battery");

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, await Hashing(iterations: 2000).VerifyAsync(account, "Correct-Horse-42-Battery"));
        Assert.Equal(PasswordVerificationResult.Success, await Hashing(iterations: 1000).VerifyAsync(account, "Correct-Horse-42-Battery"));
        Assert.Equal(PasswordVerificationResult.Failed, await Hashing(iterations: 1000).VerifyAsync(account, "Wrong-Horse-42-Battery"));
    }

    static PasswordHashing Hashing(int? iterations)
    {
        var settings = iterations is { } n ? new Dictionary<string, string?> { ["Passwords:Iterations"] = n.ToString() } : [];
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPasswordHashing();
        return services.BuildServiceProvider().GetRequiredService<PasswordHashing>();
    }

    enum KeyDerivationPrf : uint { HMACSHA1, HMACSHA256, HMACSHA512 }
}
