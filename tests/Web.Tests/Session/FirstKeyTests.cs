using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Web.KeyRing;
using NatoAspire.Web.Tests.Support;
using StackExchange.Redis;

namespace NatoAspire.Web.Tests.Session;

/// <summary>
/// Replicas that start together on an empty key ring: without care each makes a first key of its own, and two minutes
/// after its start (when ASP.NET Core stops reloading the ring for a key it lacks) cannot read what another wrote: a
/// session cookie, an antiforgery token, TempData. So the ring must hold one key that every replica has from the start.
/// </summary>
public sealed class FirstKeyTests
{
    [Fact]
    public async Task Replicas_starting_together_on_an_empty_ring_share_one_first_key()
    {
        // A Redis database of this test's own: an empty ring, whatever the other tests of the run have made.
        const int database = 7;
        var connection = $"{SharedServers.RedisConnectionString},defaultDatabase={database}";
        await using (var redis = await ConnectionMultiplexer.ConnectAsync($"{SharedServers.RedisConnectionString},allowAdmin=true"))
            await redis.GetDatabase(database).KeyDeleteAsync(SharedKeyRing.RedisKey);

        var settings = new Dictionary<string, string> { ["ConnectionStrings:redis"] = connection };
        var replicas = Enumerable.Range(0, 3).Select(_ => new PortalFactory(settings)).ToList();
        try
        {
            // Each replica protects something at once, as the first requests after a deployment do.
            var protectors = await Task.WhenAll(replicas.Select(replica => Task.Run(() =>
            {
                var protector = replica.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("first-key-test");
                return (protector, payload: protector.Protect("written by this replica"));
            })));

            foreach (var (_, payload) in protectors)
                foreach (var (reader, _) in protectors)
                    Assert.Equal("written by this replica", reader.Unprotect(payload));
            await using var redis = await ConnectionMultiplexer.ConnectAsync(connection);
            Assert.Equal(1, await redis.GetDatabase().ListLengthAsync(SharedKeyRing.RedisKey));
        }
        finally
        {
            foreach (var replica in replicas) replica.Dispose();
        }
    }
}
