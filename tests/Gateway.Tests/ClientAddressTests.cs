using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// The client's address, scheme and host are the TCP connection's unless the peer is a configured proxy
/// (docs/contract.md §3). The gateway listens on a real socket here: in memory a client has no address at all.
/// </summary>
public sealed class ClientAddressTests : BackendTests
{

    [Fact]
    public async Task A_new_X_Forwarded_For_on_each_call_does_not_escape_the_per_ip_limit()
    {
        await using var gateway = GatewayFactory.OnKestrel(Backends, accountPermitLimit: 60);
        using var client = gateway.OneConnectionClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 75; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(60), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(statuses.Skip(60), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [Fact]
    public async Task A_client_cannot_choose_its_address_scheme_or_host()
    {
        await using var gateway = GatewayFactory.OnKestrel(Backends);
        using var client = gateway.OneConnectionClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "portal.example.org");

        var echo = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("127.0.0.1", echo.GetProperty("forwardedFor").GetString());
        Assert.Equal("http", echo.GetProperty("forwardedProto").GetString());
        Assert.Equal(gateway.Address.Authority, echo.GetProperty("forwardedHost").GetString());
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_budget()
    {
        await using var gateway = GatewayFactory.OnKestrel(Backends, accountPermitLimit: 3, settings: new Dictionary<string, string>
        {
            ["Gateway:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        using var client = gateway.OneConnectionClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await SendFromAsync(client, "198.51.100.7")).StatusCode);
        using var limited = await SendFromAsync(client, "198.51.100.7");
        using var other = await SendFromAsync(client, "198.51.100.8", proto: "https", host: "portal.example.org");
        var echo = await other.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("198.51.100.8", echo.GetProperty("forwardedFor").GetString());
        Assert.Equal("https", echo.GetProperty("forwardedProto").GetString());
        Assert.Equal("portal.example.org", echo.GetProperty("forwardedHost").GetString());
    }

    [Fact]
    public async Task Behind_a_configured_proxy_the_client_still_cannot_prepend_an_address_of_its_choice()
    {
        await using var gateway = GatewayFactory.OnKestrel(Backends, accountPermitLimit: 2, settings: new Dictionary<string, string>
        {
            ["Gateway:ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
        });
        using var client = gateway.OneConnectionClient();

        // The proxy appends the address it saw; whatever the client wrote before it is not believed.
        for (var i = 0; i < 2; i++) await SendFromAsync(client, $"192.0.2.{i}, 198.51.100.7");
        using var limited = await SendFromAsync(client, "192.0.2.99, 198.51.100.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    static Task<HttpResponseMessage> SendFromAsync(HttpClient client, string forwardedFor, string? proto = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/me");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        if (host is not null) request.Headers.Add("X-Forwarded-Host", host);
        return client.SendAsync(request);
    }
}
