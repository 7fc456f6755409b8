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
    public void Hashes_with_PBKDF2_HMAC_SHA512_and_210000_iterations_by_default()
    {
        var hashing = Hashing(iterations: null);

        var hash = Convert.FromBase64String(hashing.Hash(Someone, "Correct-Horse-42-Battery"));

        Assert.Equal(0x01, hash[0]); // Identity V3 format
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }

    [Fact]
    public void Asks_for_a_rehash_when_the_iterations_grew()
    {
        var account = new Account { Email = Someone.Email, FirstName = "Ada", LastName = "Lovelace", PasswordHash = "" };
        account.PasswordHash = Hashing(iterations: 1000).Hash(account, "Correct-Horse-42-Battery");

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, Hashing(iterations: 2000).Verify(account, "Correct-Horse-42-Battery"));
        Assert.Equal(PasswordVerificationResult.Success, Hashing(iterations: 1000).Verify(account, "Correct-Horse-42-Battery"));
        Assert.Equal(PasswordVerificationResult.Failed, Hashing(iterations: 1000).Verify(account, "Wrong-Horse-42-Battery"));
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
