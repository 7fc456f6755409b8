using System.Net;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

/// <summary>The /account self-service pages: forms without JavaScript, antiforgery, and a redirect after each change.</summary>
public sealed class SelfServicePageTests : IDisposable
{
    const string Email = "ana@example.org";
    const string Browser = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";
    readonly PortalFactory portal = new();

    [Fact]
    public async Task Login_forwards_the_browsers_user_agent_and_keeps_the_device_token_for_the_next_login()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK,
            Tokens.LoginAnswer(Email).TrimEnd('}') + ""","deviceToken":"device-token-of-this-browser"}""");
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(Browser);

        using var first = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        using var second = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });

        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nato_device=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=7776000", cookie, StringComparison.OrdinalIgnoreCase);
        var logins = portal.Apis.Received.Where(r => r.Request.RequestUri!.AbsolutePath == "/api/account/login").ToList();
        Assert.All(logins, login => Assert.Equal(Browser, login.Request.Headers.UserAgent.ToString()));
        Assert.Contains("\"deviceToken\":null", logins[0].Body);
        Assert.Contains("\"deviceToken\":\"device-token-of-this-browser\"", logins[1].Body);
    }

    [Fact]
    public async Task The_self_service_pages_ask_for_a_login_first()
    {
        foreach (var page in new[] { "/account/password", "/account/email", "/account/email/code", "/account/sessions" })
        {
            using var response = await portal.Browser().GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login?returnUrl=", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Changing_the_password_redirects_to_a_notice_and_a_wrong_current_one_is_shown_by_its_field()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Post, "/api/account/password/change", _ => new HttpResponseMessage(HttpStatusCode.NoContent));

        using var changed = await Forms.PostAsync(browser, "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = "Correct-Horse-9", ["NewPassword"] = "Another-Horse-77-Staple" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/account/password", changed.Headers.Location?.OriginalString);
        Assert.Contains("Your password has been updated.", await browser.GetStringAsync("/account/password"));
        var (_, body) = portal.Apis.Received.Last(r => r.Request.RequestUri!.AbsolutePath == "/api/account/password/change");
        Assert.Contains("\"currentPassword\":\"Correct-Horse-9\"", body);

        portal.Apis.On(HttpMethod.Post, "/api/account/password/change", _ => StubApis.Problem(HttpStatusCode.BadRequest,
            """{"title":"The current password is wrong.","status":400,"code":"invalid_credentials"}"""));
        using var wrong = await Forms.PostAsync(browser, "/account/password",
            new Dictionary<string, string> { ["CurrentPassword"] = "nope", ["NewPassword"] = "Another-Horse-77-Staple" });
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("""<ul class="field-errors" id="CurrentPassword-error">""", html);
        Assert.DoesNotContain("Another-Horse-77-Staple", html);
    }

    [Fact]
    public async Task Changing_the_email_leads_to_the_code_page_for_the_new_address_and_the_code_confirms_it()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/email/change", HttpStatusCode.Accepted, """{"codeExpiresInSeconds":600}""");
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/email/verify", HttpStatusCode.OK, """{"email":"ana.new@example.org"}""");

        using var requested = await Forms.PostAsync(browser, "/account/email",
            new Dictionary<string, string> { ["NewEmail"] = " ana.new@example.org ", ["Password"] = "Correct-Horse-9" });
        Assert.Equal("/account/email/code", requested.Headers.Location?.OriginalString);
        var codePage = await browser.GetStringAsync("/account/email/code");
        using var verified = await Forms.PostAsync(browser, "/account/email/code", new Dictionary<string, string> { ["Code"] = "123456" });

        Assert.Contains("ana.new@example.org", codePage);
        Assert.Contains("This code will expire in 10 minutes.", codePage);
        Assert.Equal("/account/email", verified.Headers.Location?.OriginalString);
        Assert.Contains("Your email address is now ana.new@example.org.", await browser.GetStringAsync("/account/email"));
        var (_, body) = portal.Apis.Received.Single(r => r.Request.RequestUri!.AbsolutePath == "/api/account/email/change");
        Assert.Contains("\"newEmail\":\"ana.new@example.org\"", body);
    }

    [Fact]
    public async Task A_wrong_email_code_is_shown_next_to_the_code_field()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Post, "/api/account/email/verify", _ => StubApis.Problem(HttpStatusCode.BadRequest,
            """{"title":"The code is wrong or has expired.","status":400,"code":"invalid_code"}"""));

        using var wrong = await Forms.PostAsync(browser, "/account/email/code", new Dictionary<string, string> { ["Code"] = "000000" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The code is wrong or has expired.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sessions_page_lists_devices_and_signs_one_out_or_every_other()
    {
        var browser = await SignedInAsync();
        var phone = Guid.NewGuid();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/sessions", HttpStatusCode.OK, $$"""
            {"items":[
              {"id":"{{Guid.NewGuid()}}","createdAt":"2026-12-01T08:00:00Z","lastUsedAt":"2026-12-02T09:30:00Z","userAgent":"{{Browser}}","current":true},
              {"id":"{{phone}}","createdAt":"2026-11-20T10:00:00Z","lastUsedAt":"2026-11-21T11:00:00Z","userAgent":"<b>Phone</b>","current":false}]}
            """);
        portal.Apis.On(HttpMethod.Delete, $"/api/account/sessions/{phone}", _ => new HttpResponseMessage(HttpStatusCode.NoContent));
        portal.Apis.On(HttpMethod.Delete, "/api/account/sessions", _ => new HttpResponseMessage(HttpStatusCode.NoContent));

        var page = await browser.GetStringAsync("/account/sessions");
        using var one = await Forms.PostAsync(browser, "/account/sessions", new Dictionary<string, string> { ["SessionId"] = phone.ToString() }, "/account/sessions?handler=signOut");
        var after = await browser.GetStringAsync("/account/sessions");
        using var others = await Forms.PostAsync(browser, "/account/sessions", new Dictionary<string, string>(), "/account/sessions?handler=signOutOthers");

        Assert.Contains("(this device)", page);
        Assert.Contains("last active 2 December 2026, 09:30 UTC", page);
        Assert.Contains("&lt;b&gt;Phone&lt;/b&gt;", page);
        Assert.Contains("Sign out everywhere else", page);
        Assert.Equal("/account/sessions", one.Headers.Location?.OriginalString);
        Assert.Contains("That device has been signed out.", after);
        Assert.Equal("/account/sessions", others.Headers.Location?.OriginalString);
        Assert.Single(portal.Apis.Received, r => r.Request.Method == HttpMethod.Delete && r.Request.RequestUri!.AbsolutePath == $"/api/account/sessions/{phone}");
        Assert.Single(portal.Apis.Received, r => r.Request.Method == HttpMethod.Delete && r.Request.RequestUri!.AbsolutePath == "/api/account/sessions");
    }

    [Fact]
    public async Task The_account_page_links_to_the_self_service_pages()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");

        var page = await browser.GetStringAsync("/account");

        Assert.Contains("""href="/account/password">Change password""", page);
        Assert.Contains("""href="/account/email">Change email address""", page);
        Assert.Contains("""href="/account/sessions">Signed-in devices""", page);
    }

    async Task<HttpClient> SignedInAsync()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        var browser = portal.Browser();
        using var login = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    public void Dispose() => portal.Dispose();
}
