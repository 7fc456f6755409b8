using System.Net;
using System.Text.Json;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class WalkingSkeletonTests(SystemFixture system)
{
    [Fact]
    public async Task Gateway_health_is_200_only_when_every_service_is_healthy()
    {
        using var response = await system.Gateway.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
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
        using var response = await system.Gateway.GetAsync("/api/newsletter/subscription");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_mailbox_answers()
    {
        Assert.NotNull(await system.Mailbox.ListAsync());
    }
}
