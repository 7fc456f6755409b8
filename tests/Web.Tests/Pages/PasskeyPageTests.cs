using System.Net;
using System.Text.RegularExpressions;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

/// <summary>
/// The passkey pages: the list and removal as plain forms, the ceremony's options behind antiforgery, and a passkey
/// sign-in that starts the same session as a password login. The ceremony itself runs in the browser test.
/// </summary>
public sealed partial class PasskeyPageTests : IDisposable
{
    const string Email = "ana@example.org";
    const string Browser = "Mozilla/5.0 (X11; Linux x86_64) Chromium/140.0";
    const string Credential = """{"id":"AQID","rawId":"AQID","type":"public-key","response":{"clientDataJSON":"e30","authenticatorData":"AA","signature":"AA"}}""";
    readonly PortalFactory portal = new();

    [Fact]
    public async Task The_passkeys_page_asks_for_a_login_first()
    {
        using var response = await portal.Browser().GetAsync("/account/passkeys");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?returnUrl=", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_passkeys_page_and_the_login_button_speak_French_when_asked()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK,
            $$"""{"items":[{"id":"{{Guid.NewGuid()}}","name":"Key","createdAt":"2026-06-27T08:00:00Z","lastUsedAt":null}]}""");

        var page = await browser.GetStringAsync("/account/passkeys?lang=fr");
        var login = await portal.Browser().GetStringAsync("/account/login?lang=fr");

        Assert.Contains("<h1>Clés d’accès</h1>", page);
        Assert.Contains("Ajoutée le 27 juin 2026", page);
        Assert.Contains("pas encore utilisée", page);
        Assert.Contains("Se connecter avec une clé d’accès", login);
    }

    [Fact]
    public async Task The_passkeys_page_lists_the_passkeys_and_removes_one()
    {
        var browser = await SignedInAsync();
        var laptop = Guid.NewGuid();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK, $$"""
            {"items":[{"id":"{{laptop}}","name":"<i>Laptop</i>","createdAt":"2026-12-01T08:00:00Z","lastUsedAt":"2026-12-02T09:30:00Z"},
                      {"id":"{{Guid.NewGuid()}}","name":"Key","createdAt":"2026-12-01T10:00:00Z","lastUsedAt":null}]}
            """);
        portal.Apis.On(HttpMethod.Delete, $"/api/account/passkeys/{laptop}", _ => new HttpResponseMessage(HttpStatusCode.NoContent));

        using var response = await browser.GetAsync("/account/passkeys");
        var page = await response.Content.ReadAsStringAsync();
        using var removed = await Forms.PostAsync(browser, "/account/passkeys", new Dictionary<string, string> { ["PasskeyId"] = laptop.ToString() }, "/account/passkeys?handler=remove");

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("&lt;i&gt;Laptop&lt;/i&gt;", page);
        Assert.Contains("last used 2 December 2026, 09:30 UTC", page);
        Assert.Contains("not used yet", page);
        // The ceremony's script is a file of the site's own; the add form shows only where it runs.
        Assert.Matches(ScriptFile(), page);
        Assert.DoesNotMatch(InlineScript(), page);
        Assert.Matches("""<form[^>]*data-passkey="create"[^>]*hidden""", page);
        Assert.Contains("<noscript>", page);
        Assert.Equal("/account/passkeys", removed.Headers.Location?.OriginalString);
        Assert.Contains("The passkey has been removed.", await browser.GetStringAsync("/account/passkeys"));
        Assert.Single(portal.Apis.Received, r => r.Request.Method == HttpMethod.Delete && r.Request.RequestUri!.AbsolutePath == $"/api/account/passkeys/{laptop}");
    }

    [Fact]
    public async Task Adding_a_passkey_hands_the_browsers_credential_to_identity_and_says_so()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK, """{"items":[]}""");
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/passkeys/register", HttpStatusCode.Created,
            $$"""{"id":"{{Guid.NewGuid()}}","name":"Work laptop","createdAt":"2026-12-02T08:00:00Z","lastUsedAt":null}""");

        using var added = await Forms.PostAsync(browser, "/account/passkeys",
            new Dictionary<string, string> { ["Name"] = " Work laptop ", ["Credential"] = Credential }, "/account/passkeys?handler=add");

        Assert.Equal("/account/passkeys", added.Headers.Location?.OriginalString);
        Assert.Contains("Your passkey “Work laptop” has been added.", WebUtility.HtmlDecode(await browser.GetStringAsync("/account/passkeys")));
        var (request, body) = portal.Apis.Received.Single(r => r.Request.RequestUri!.AbsolutePath == "/api/account/passkeys/register");
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        Assert.Contains("\"name\":\"Work laptop\"", body);
        Assert.Contains("\"credential\":{\"id\":\"AQID\"", body);
    }

    [Fact]
    public async Task A_refused_passkey_is_shown_on_the_page()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK, """{"items":[]}""");
        portal.Apis.On(HttpMethod.Post, "/api/account/passkeys/register", _ => StubApis.Problem(HttpStatusCode.BadRequest,
            """{"title":"One or more fields are invalid.","status":400,"errors":{"credential":["The passkey could not be verified; please try again."]}}"""));

        using var refused = await Forms.PostAsync(browser, "/account/passkeys",
            new Dictionary<string, string> { ["Credential"] = Credential }, "/account/passkeys?handler=add");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The passkey could not be verified; please try again.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ceremony_options_need_the_pages_antiforgery_token_and_pass_identitys_options_through()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK, """{"items":[]}""");
        const string options = """{"rp":{"id":"localhost","name":"NATO Multimedia"},"challenge":"abc"}""";
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/passkeys/register/options", HttpStatusCode.OK, options);
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/passkeys/login/options", HttpStatusCode.OK, """{"challenge":"xyz","allowCredentials":[]}""");

        using var forged = await browser.PostAsync("/account/passkeys?handler=options", null);
        using var forgedLogin = await portal.Browser().PostAsync("/account/login/passkey?handler=options", null);
        var token = AntiforgeryToken(await browser.GetStringAsync("/account/passkeys"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/passkeys?handler=options") { Headers = { { "RequestVerificationToken", token } } };
        using var answered = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("application/json", answered.Content.Headers.ContentType?.MediaType);
        Assert.Equal(options, await answered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_login_page_offers_a_passkey_where_script_runs_and_a_passkey_sign_in_starts_the_session()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/passkeys/login", HttpStatusCode.OK,
            Tokens.LoginAnswer(Email).TrimEnd('}') + ""","deviceToken":"device-token-of-this-browser"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/passkeys", HttpStatusCode.OK, """{"items":[]}""");
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);

        var loginPage = await browser.GetStringAsync("/account/login?returnUrl=%2Faccount%2Fpasskeys");
        using var signedIn = await Forms.PostAsync(browser, "/account/login",
            new Dictionary<string, string> { ["Credential"] = Credential, ["ReturnUrl"] = "/account/passkeys" }, "/account/login/passkey");

        var passkeyForm = PasskeyForm().Match(loginPage).Value;
        Assert.Contains("action=\"/account/login/passkey\"", passkeyForm);
        Assert.Contains(" hidden", passkeyForm);
        Assert.Contains("Sign in with a passkey", loginPage);
        Assert.Matches(ScriptFile(), loginPage);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/passkeys", signedIn.Headers.Location?.OriginalString);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("nato_session=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("nato_device=device-token-of-this-browser", StringComparison.Ordinal));
        var (request, body) = portal.Apis.Received.Single(r => r.Request.RequestUri!.AbsolutePath == "/api/account/passkeys/login");
        Assert.Equal(Browser, request.Headers.UserAgent.ToString());
        Assert.Contains("\"credential\":{\"id\":\"AQID\"", body);
        using var passkeysPage = await browser.GetAsync("/account/passkeys");
        Assert.Equal(HttpStatusCode.OK, passkeysPage.StatusCode);
    }

    [Fact]
    public async Task A_refused_passkey_sign_in_says_so_and_starts_no_session()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/passkeys/login", _ => StubApis.Problem(HttpStatusCode.Unauthorized,
            """{"title":"The email address or password is wrong.","status":401,"code":"invalid_credentials"}"""));
        var browser = portal.Browser();

        using var refused = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Credential"] = Credential }, "/account/login/passkey");
        using var empty = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Credential"] = "not json" }, "/account/login/passkey");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This passkey could not be used to log in.", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("nato_session=", StringComparison.Ordinal));
        Assert.Contains("needs JavaScript", await empty.Content.ReadAsStringAsync());
        Assert.Single(portal.Apis.Received, r => r.Request.RequestUri!.AbsolutePath == "/api/account/passkeys/login");
    }

    static string AntiforgeryToken(string page) =>
        WebUtility.HtmlDecode(Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)" """).Groups[1].Value);

    async Task<HttpClient> SignedInAsync()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        var browser = portal.Browser();
        using var login = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    [GeneratedRegex("""<script src="/js/passkeys\.js\?v=[^"]+"></script>""")]
    private static partial Regex ScriptFile();

    [GeneratedRegex("""<form[^>]*data-passkey="get"[^>]*>""")]
    private static partial Regex PasskeyForm();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();

    public void Dispose() => portal.Dispose();
}
