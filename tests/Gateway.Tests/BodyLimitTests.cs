using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// Account bodies over identity's own limit stop at the gateway. Identity refuses them without reading them,
/// which leaves the unread bytes on the gateway's pooled connection and once turned the next request into a 502.
/// </summary>
public sealed class BodyLimitTests : BackendTests
{
    const long Limit = AccountApiLimits.MaxRequestBodyBytes;

    // The gateway's production default, far above identity's limit.
    static readonly Dictionary<string, string> ProductionDefault = new() { ["Gateway:MaxRequestBodyBytes"] = "1048576" };


    [Theory]
    [InlineData("/api/account/register", "identity")]
    [InlineData("/account/register", "web")]
    public async Task A_body_over_identitys_limit_is_refused_at_the_gateway_with_413_problem(string path, string service)
    {
        await using var gateway = new GatewayFactory(Backends, settings: ProductionDefault);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync(path, Json(Limit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("payload_too_large", problem.GetProperty("code").GetString());
        Assert.Equal(Limit, problem.GetProperty("limitBytes").GetInt64());
        Assert.DoesNotContain(path, Backends[service].Received);
    }

    [Fact]
    public async Task A_body_of_exactly_identitys_limit_is_forwarded()
    {
        await using var gateway = new GatewayFactory(Backends, settings: ProductionDefault);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/account/register", Json(Limit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_and_normal_account_requests_mixed_on_one_connection_never_get_a_5xx()
    {
        await using var gateway = GatewayFactory.OnKestrel(Backends, accountPermitLimit: 1000, settings: ProductionDefault);
        using var client = gateway.OneConnectionClient();

        var statuses = new List<int>();
        for (var i = 0; i < 60; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
            {
                Content = (i % 3) switch
                {
                    0 => Json(Limit * 4),
                    1 => Chunked(Limit * 4),
                    _ => Json(100),
                },
            };
            request.Headers.TransferEncodingChunked = i % 3 == 1;
            using var response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.DoesNotContain(statuses, status => status >= 500);
        Assert.Equal(20, statuses.Count(status => status == 200));
        Assert.Equal(40, statuses.Count(status => status == 413));
    }

    static StringContent Json(long bytes) =>
        new($"\"{new string('x', (int)bytes - 2)}\"", Encoding.UTF8, "application/json");

    /// <summary>A body without a declared length: the gateway learns its size only by reading it.</summary>
    static HttpContent Chunked(long bytes) => Json(bytes);
}
