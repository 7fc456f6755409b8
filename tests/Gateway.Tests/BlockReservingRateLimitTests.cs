using System.Net;
using NatoAspire.TestSupport;
using StackExchange.Redis;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// RateLimits:Default:PermitsPerRedisCall: a gateway takes its permits from Redis a block at a time and hands them out
/// itself, and the shared budget still holds across replicas.
/// </summary>
public sealed class BlockReservingRateLimitTests : BackendTests
{

    [Fact]
    public async Task One_request_takes_a_whole_block_from_Redis()
    {
        var prefix = $"blocks-{Guid.NewGuid():N}:";
        await using var gateway = new GatewayFactory(Backends, settings: Settings(prefix, limit: 10, block: 4));
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/media/videos")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/media/videos")).StatusCode);

        // Two requests, one round trip: the count in Redis is the block, not the requests.
        var counts = await CountsAsync(prefix);
        Assert.Equal(4L, Assert.Single(counts));
    }

    [Fact]
    public async Task One_gateway_hands_out_exactly_the_limit_then_refuses_with_Retry_After()
    {
        await using var gateway = new GatewayFactory(Backends, settings: Settings($"exact-{Guid.NewGuid():N}:", limit: 10, block: 4));
        using var client = gateway.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 12; i++) answers.Add(await client.GetAsync("/api/media/videos"));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Skip(10), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        Assert.InRange(int.Parse(answers[^1].Headers.GetValues("Retry-After").Single()), 1, 3600);
    }

    [Fact]
    public async Task Parallel_requests_through_two_gateways_never_pass_the_shared_budget()
    {
        var shared = Settings($"shared-blocks-{Guid.NewGuid():N}:", limit: 10, block: 4);
        await using var first = new GatewayFactory(Backends, settings: shared);
        await using var second = new GatewayFactory(Backends, settings: shared);
        using var one = first.CreateClient();
        using var other = second.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? one : other).GetAsync("/api/media/videos")));

        // At most the limit; at worst one unfinished block per gateway short of it.
        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.OK), 10 - 2 * 3, 10);
        Assert.DoesNotContain(answers, a => a.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.TooManyRequests));
    }

    static Dictionary<string, string> Settings(string prefix, int limit, int block) => new()
    {
        ["RateLimits:RedisKeyPrefix"] = prefix,
        ["RateLimits:Default:PermitLimit"] = limit.ToString(),
        ["RateLimits:Default:WindowSeconds"] = "3600", // a window boundary inside a test would hand out a second budget
        ["RateLimits:Default:PermitsPerRedisCall"] = block.ToString(),
    };

    static async Task<long[]> CountsAsync(string prefix)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisServer.Shared.ConnectionString);
        var server = redis.GetServers().Single();
        var keys = server.Keys(pattern: $"{prefix}*").ToArray();
        var values = await Task.WhenAll(keys.Select(k => redis.GetDatabase().StringGetAsync(k)));
        return [.. values.Select(v => (long)v)];
    }
}
