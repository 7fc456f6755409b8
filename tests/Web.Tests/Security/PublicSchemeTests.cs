using System.Net;
using System.Text.RegularExpressions;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Security;

/// <summary>
/// The session cookie's name and Secure flag, and HSTS, follow the public scheme that the gateway reports, and only
/// the gateway: a proxy named in Web:ForwardedHeaders. The portal listens on a real socket here, so a caller has an address.
/// </summary>
public sealed partial class PublicSchemeTests
{
    const string Email = "ana@example.org";
    const string PublicHost = "portal.example.org";

    [Fact]
    public async Task Over_https_reported_by_the_gateway_the_session_cookie_is_host_prefixed_and_secure_and_hsts_is_sent()
    {
        await using var portal = PortalFactory.OnKestrel(new Dictionary<string, string> { ["Web:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

        using var response = await LogInAsync(portal, forwardedProto: "https");

        var cookie = SessionCookie(response);
        Assert.StartsWith("__Host-nato_session=", cookie);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task A_direct_caller_claiming_https_gets_neither_a_secure_cookie_nor_hsts()
    {
        await using var portal = PortalFactory.OnKestrel();

        using var response = await LogInAsync(portal, forwardedProto: "https");

        var cookie = SessionCookie(response);
        Assert.StartsWith("nato_session=", cookie);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Over_http_the_session_cookie_keeps_its_plain_name_and_the_session_works()
    {
        await using var portal = PortalFactory.OnKestrel(new Dictionary<string, string> { ["Web:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");

        using var login = await LogInAsync(portal, forwardedProto: "http");
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = portal.Address };
        using var account = new HttpRequestMessage(HttpMethod.Get, "/account");
        account.Headers.Add("Cookie", SessionCookie(login).Split(';')[0]);
        using var page = await client.SendAsync(account);

        Assert.StartsWith("nato_session=", SessionCookie(login));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Over_https_the_host_prefixed_cookie_carries_the_session()
    {
        await using var portal = PortalFactory.OnKestrel(new Dictionary<string, string> { ["Web:ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8" });
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");

        using var login = await LogInAsync(portal, forwardedProto: "https");
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = portal.Address };
        using var account = new HttpRequestMessage(HttpMethod.Get, "/account");
        account.Headers.Add("X-Forwarded-Proto", "https");
        account.Headers.Add("Cookie", SessionCookie(login).Split(';')[0]);
        using var page = await client.SendAsync(account);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ana Silva", await page.Content.ReadAsStringAsync());
    }

    /// <summary>Shows the login form and posts it, carrying the antiforgery cookie by hand (a Secure cookie would not go back over http).</summary>
    static async Task<HttpResponseMessage> LogInAsync(PortalFactory portal, string forwardedProto)
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = portal.Address };

        using var form = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        form.Headers.Add("X-Forwarded-Proto", forwardedProto);
        // A public name: browsers and ASP.NET Core's HSTS leave loopback names out.
        form.Headers.Add("X-Forwarded-Host", PublicHost);
        using var shown = await client.SendAsync(form);
        var token = WebUtility.HtmlDecode(AntiforgeryToken().Match(await shown.Content.ReadAsStringAsync()).Groups[1].Value);
        var cookies = string.Join("; ", shown.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = Email, ["Password"] = "Correct-Horse-9", ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("X-Forwarded-Proto", forwardedProto);
        post.Headers.Add("X-Forwarded-Host", PublicHost);
        post.Headers.Add("Cookie", cookies);
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.Contains("nato_session=", StringComparison.Ordinal));

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
