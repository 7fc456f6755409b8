using System.Diagnostics;
using System.Net;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// Replicas behind one address are balanced per connection: the gateway moves to a new connection once
/// Gateway:ConnectionLifetime is over, so that traffic spreads over replicas again (a scale-out's new ones too).
/// </summary>
public sealed class ConnectionLifetimeTests : BackendTests
{

    [Fact]
    public async Task Requests_one_after_another_move_to_a_new_connection_once_its_lifetime_is_over()
    {
        await using var gateway = new GatewayFactory(Backends, settings: new Dictionary<string, string> { [ConnectionLifetimeSetting] = "00:00:01" });
        using var client = gateway.CreateClient();

        using (var first = await client.GetAsync("/api/media/videos")) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var clock = Stopwatch.StartNew();
        var requests = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            using var response = await client.GetAsync("/api/media/videos");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            requests++;
            await Task.Delay(50);
        }

        var connections = Backends["media-catalog"].Connections.Count;
        // Without a lifetime every one of them reuses the first request's connection.
        Assert.True(connections >= 3, $"{requests + 1} requests over 3 s came on {connections} connection(s)");
    }

    [Fact]
    public async Task A_lifetime_of_zero_is_refused_at_start()
    {
        await using var gateway = new GatewayFactory(Backends, settings: new Dictionary<string, string> { [ConnectionLifetimeSetting] = "00:00:00" });

        var refused = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());
        Assert.Contains(ConnectionLifetimeSetting, refused.ToString());
    }

    const string ConnectionLifetimeSetting = "Gateway:ConnectionLifetime";
}
