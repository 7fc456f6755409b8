using System.Net;
using System.Text.RegularExpressions;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Security;

/// <summary>
/// Issue 18: behind the gateway, every redirect and link of the pages points at the gateway's origin, never at the
/// web service's own host and port.
/// </summary>
public sealed partial class PublicAddressThroughGatewayTests
{
    [Fact]
    public async Task A_logged_out_visitor_opening_the_account_page_is_sent_to_the_login_page_on_the_gateways_origin()
    {
        await using var portal = PortalFactory.OnKestrel();
        await using var gateway = GatewayInFront.For(portal);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = gateway.Address };

        using var response = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.DoesNotContain($":{portal.Address.Port}", location.OriginalString);
        Assert.Equal(new Uri(gateway.Address, "/account/login?returnUrl=%2Faccount"), new Uri(gateway.Address, location));
    }

    [Fact]
    public async Task The_login_page_reached_through_the_gateway_links_only_to_paths_of_the_gateways_origin()
    {
        await using var portal = PortalFactory.OnKestrel();
        await using var gateway = GatewayInFront.For(portal);
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }) { BaseAddress = gateway.Address };

        using var response = await browser.GetAsync("/account");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Uri(gateway.Address, "/account/login?returnUrl=%2Faccount"), response.RequestMessage!.RequestUri);
        Assert.DoesNotContain($":{portal.Address.Port}", html);
        foreach (Match link in Link().Matches(html))
            Assert.Matches("^(/(?![/\\\\])|#|\\?)", link.Groups[1].Value);
    }

    [GeneratedRegex("(?:href|src|action)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
