using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NatoAspire.TestSupport;

namespace NatoAspire.Gateway.Tests;

public sealed class GatewayTests : BackendTests
{

    [Theory]
    [InlineData("/api/account/me", "identity")]
    [InlineData("/api/newsletter/subscription", "newsletter")]
    [InlineData("/api/media/videos", "media-catalog")]
    [InlineData("/account/register", "web")]
    [InlineData("/", "web")]
    public async Task Each_api_prefix_reaches_its_service_with_the_path_unchanged(string path, string service)
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        var echo = await client.GetFromJsonAsync<JsonElement>(path);

        Assert.Equal(service, echo.GetProperty("service").GetString());
        Assert.Equal(path, echo.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Health_is_200_when_every_service_is_healthy()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("notification")]
    [InlineData("newsletter")]
    [InlineData("media-catalog")]
    [InlineData("web")]
    public async Task Health_is_503_when_any_service_is_unhealthy(string service)
    {
        Backends[service].Healthy = false;
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Account_calls_over_the_per_ip_limit_get_429_with_retry_after_and_a_problem()
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 3);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
        using var limited = await client.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_account_limit_counts_each_endpoint_separately()
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 2);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 2; i++) await client.GetAsync("/api/account/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/login")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_problem()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/api/media/videos",
            new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_video_upload_may_be_larger_than_the_default_body_limit()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.PutAsync($"/api/media/videos/{Guid.NewGuid()}/files/{Guid.NewGuid()}",
            new ByteArrayContent(new byte[64 * 1024]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_is_404_problem()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_path_and_a_body_over_the_limit_are_answered_in_French_when_asked()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();
        var translations = gateway.Services.GetRequiredService<ProblemTranslations>();

        await TranslatedProblems.AssertTranslatedAsync(client, () => new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here"), translations);
        await TranslatedProblems.AssertTranslatedAsync(client, () => new HttpRequestMessage(HttpMethod.Post, "/api/media/videos")
        {
            Content = new StringContent(new string('x', 4096), System.Text.Encoding.UTF8, "application/json"),
        }, translations);
    }

    [Fact]
    public void Every_problem_message_has_its_English_and_its_French()
    {
        ProblemMessageResources.AssertComplete(typeof(NatoAspire.Gateway.Localization.ProblemMessages));
        ProblemMessageResources.AssertComplete(typeof(SharedProblemMessages));
    }
}
