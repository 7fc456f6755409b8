using Microsoft.Extensions.Hosting;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// Telemetry:TraceSampleRatio picks the traces that start at the gateway; a trace the client started keeps the
/// client's decision. What the gateway decided travels on in the traceparent it forwards (its last two digits, the
/// sampled flag), which is what every service behind it follows. Alone, because activity listeners are process-wide:
/// another test's gateway recording everything would record these requests too.
/// </summary>
[Collection(Alone.Name)]
public sealed class TraceSamplingTests : BackendTests
{
    const string ClientTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Fact]
    public async Task At_ratio_0_a_trace_that_starts_at_the_gateway_is_not_recorded()
    {
        var forwarded = await ForwardedTraceparentAsync("0", clientTraceparent: null);

        Assert.False(IsSampled(forwarded), forwarded);
    }

    [Fact]
    public async Task At_ratio_1_every_trace_that_starts_at_the_gateway_is_recorded()
    {
        var forwarded = await ForwardedTraceparentAsync("1", clientTraceparent: null);

        Assert.True(IsSampled(forwarded), forwarded);
    }

    [Fact]
    public async Task A_trace_the_client_started_and_sampled_stays_whole_at_ratio_0()
    {
        var forwarded = await ForwardedTraceparentAsync("0", $"00-{ClientTraceId}-00f067aa0ba902b7-01");

        Assert.StartsWith($"00-{ClientTraceId}-", forwarded);
        Assert.True(IsSampled(forwarded), forwarded);
    }

    [Fact]
    public async Task A_trace_the_client_started_unsampled_is_not_recorded_at_ratio_1()
    {
        var forwarded = await ForwardedTraceparentAsync("1", $"00-{ClientTraceId}-00f067aa0ba902b7-00");

        Assert.StartsWith($"00-{ClientTraceId}-", forwarded);
        Assert.False(IsSampled(forwarded), forwarded);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("ten percent")]
    public async Task A_ratio_outside_0_to_1_stops_the_start(string ratio)
    {
        await using var gateway = new GatewayFactory(Backends, settings: new Dictionary<string, string> { [TraceSampling.RatioSetting] = ratio });

        var refused = Assert.ThrowsAny<Exception>(() => gateway.CreateClient());

        Assert.Contains(TraceSampling.RatioSetting, Flatten(refused));
    }

    async Task<string> ForwardedTraceparentAsync(string ratio, string? clientTraceparent)
    {
        await using var gateway = new GatewayFactory(Backends, settings: new Dictionary<string, string> { [TraceSampling.RatioSetting] = ratio });
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/media/videos");
        if (clientTraceparent is not null) request.Headers.Add("traceparent", clientTraceparent);

        using var response = await client.SendAsync(request);
        var echo = await response.Content.ReadFromJsonAsync<JsonElement>();
        return echo.GetProperty("traceparent").GetString() ?? "";
    }

    static bool IsSampled(string traceparent) => traceparent.EndsWith("-01", StringComparison.Ordinal);

    static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} {Flatten(exception.InnerException)}";
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "Not in parallel with other tests";
}
