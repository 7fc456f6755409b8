using System.Net;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// The per-endpoint account budget: one per endpoint however its path is spelled, and the same for the pages'
/// form posts as for the API.
/// </summary>
public sealed class AccountLimitTests : BackendTests
{

    [Theory]
    [InlineData("/api/account/me/")]
    [InlineData("/api/account/me//")]
    [InlineData("/API/Account/ME")]
    [InlineData("/api/account//me")]
    public async Task Another_spelling_of_an_endpoint_shares_its_budget(string spelling)
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 2);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(spelling)).StatusCode);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/verify")]
    [InlineData("/account/reset-password")]
    [InlineData("/account/reset-password/code")]
    [InlineData("/account/reset-password/new")]
    public async Task A_page_form_post_meets_the_account_limit_of_its_endpoint(string page)
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 3);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(page, Form())).StatusCode);
        using var limited = await client.PostAsync(page, Form());
        using var trailingSlash = await client.PostAsync(page + "/", Form());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, trailingSlash.StatusCode);
        Assert.Equal("rate_limited", (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(limited.Content)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Each_page_has_its_own_budget_and_showing_a_page_does_not_use_it()
    {
        await using var gateway = new GatewayFactory(Backends, accountPermitLimit: 2);
        using var client = gateway.CreateClient();

        for (var i = 0; i < 2; i++) await client.PostAsync("/account/login", Form());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/account/register", Form())).StatusCode);
    }

    static FormUrlEncodedContent Form() => new(new Dictionary<string, string> { ["Email"] = "ana@example.org" });
}
