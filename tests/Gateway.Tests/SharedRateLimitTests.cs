using System.Net;
using Microsoft.Extensions.Logging;
using NatoAspire.TestSupport;

namespace NatoAspire.Gateway.Tests;

/// <summary>The per-IP limits are one count for every gateway replica, in Redis, and the portal stays open without it.</summary>
public sealed class SharedRateLimitTests : BackendTests
{
    readonly RedisServer redis = new();

    public override async Task InitializeAsync()
    {
        await redis.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task Two_gateways_share_one_budget_per_client_and_endpoint()
    {
        var shared = Settings(("RateLimits:RedisKeyPrefix", $"shared-{Guid.NewGuid():N}:"));
        await using var first = new GatewayFactory(Backends, accountPermitLimit: 3, settings: shared);
        await using var second = new GatewayFactory(Backends, accountPermitLimit: 3, settings: shared);
        using var one = first.CreateClient();
        using var other = second.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/api/account/me")).StatusCode);
        using var limited = await other.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await one.GetAsync("/api/account/me")).StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task Parallel_requests_through_two_gateways_never_pass_the_budget()
    {
        var shared = Settings(("RateLimits:RedisKeyPrefix", $"parallel-{Guid.NewGuid():N}:"));
        await using var first = new GatewayFactory(Backends, accountPermitLimit: 10, settings: shared);
        await using var second = new GatewayFactory(Backends, accountPermitLimit: 10, settings: shared);
        using var one = first.CreateClient();
        using var other = second.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => (i % 2 == 0 ? one : other).GetAsync("/api/account/me")));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(20, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task When_Redis_stops_each_gateway_counts_on_its_own_and_says_so_once()
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 2, settings: Settings());
        using var client = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);

        await redis.StopAsync();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add((await client.GetAsync("/api/account/me")).StatusCode);

        // The count starts afresh in the process: open, but still limited.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        var warnings = gateway.Logs.Entries.Where(l => l.Level == LogLevel.Warning && l.Message.Contains("Redis does not answer")).ToList();
        Assert.Single(warnings);
        Assert.Contains("each gateway process counts its own rate limits", warnings[0].Message);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_gateway_that_starts_while_Redis_is_down_serves_and_limits()
    {
        await redis.StopAsync();
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 1, settings: Settings());
        using var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    Dictionary<string, string> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string> { ["ConnectionStrings:redis"] = redis.ConnectionString };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }
}
