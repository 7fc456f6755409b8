using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class WalkingSkeletonTests(SystemFixture system)
{
    /// <summary>Every service the gateway's /health speaks for.</summary>
    static readonly string[] Services = ["identity", "notification", "newsletter", "media-catalog", "web"];

    [Fact]
    public async Task Gateway_health_is_200_only_when_every_service_is_healthy()
    {
        using var response = await system.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        foreach (var service in Services)
        {
            using var own = system.App.CreateHttpClient(service);
            using var health = await own.GetAsync("/health");
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"The gateway said Healthy while {service} answered {(int)health.StatusCode}.");
        }
    }

    [Fact]
    public async Task Account_routes_reach_identity()
    {
        using var response = await system.Gateway.GetAsync("/api/account/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var jwks = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(jwks.RootElement.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Media_routes_reach_the_catalogue()
    {
        using var response = await system.Gateway.GetAsync("/api/media/videos?pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(page.RootElement.GetProperty("total").GetInt32() >= 6);
    }

    [Fact]
    public async Task Newsletter_routes_reach_the_newsletter_and_ask_for_a_login()
    {
        var accessToken = await new AccountClient(system.Gateway).AccessTokenAsync(SystemFixture.AdminEmail, SystemFixture.AdminPassword);

        using var anonymous = await system.Gateway.GetAsync("/api/newsletter/subscription");
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/api/newsletter/subscription");
        signedIn.Headers.Authorization = new("Bearer", accessToken);
        using var subscription = await system.Gateway.SendAsync(signedIn);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, subscription.StatusCode);
        using var status = JsonDocument.Parse(await subscription.Content.ReadAsStringAsync());
        // Only the newsletter answers this shape; the admin may or may not have subscribed in another journey.
        Assert.Contains(status.RootElement.GetProperty("subscribed").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    [Fact]
    public async Task The_mailbox_answers()
    {
        Assert.NotNull(await system.Mailbox.ListAsync());
    }
}
