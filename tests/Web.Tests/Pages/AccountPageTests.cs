using System.Net;
using System.Net.Http.Headers;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

public sealed class AccountPageTests : IDisposable
{
    const string Email = "ana@example.org";
    const string RegistrationToken = "kB3pX9-registration-token-of-ana_0123456789";
    const string RegisteredAnswer = $$"""{"email":"{{Email}}","codeExpiresInSeconds":1800,"registrationToken":"{{RegistrationToken}}"}""";
    readonly PortalFactory portal = new();

    [Fact]
    public async Task Registration_shows_each_api_error_next_to_its_field()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/register", _ => StubApis.Problem(HttpStatusCode.BadRequest, """
            {"title":"One or more fields are invalid.","status":400,"code":"validation_failed",
             "errors":{"password":["The password must be at least 12 characters long.","The password must include a symbol."],"lastName":["Last name is required."]}}
            """));

        using var response = await Forms.PostAsync(portal.Browser(), "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "", ["Email"] = Email, ["Password"] = "short",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<ul class="field-errors" id="Password-error">""", html);
        Assert.Contains("The password must include a symbol.", html);
        Assert.Contains("""<ul class="field-errors" id="LastName-error">""", html);
        Assert.Contains("""aria-describedby="Password-hint Password-error""", html);
        Assert.Contains("The password must be at least 12 characters long, no spaces, include upper/lowercase letters, numbers and symbols.", html);
        Assert.Contains("""aria-live="polite""", html);
        Assert.Contains("""value="Ana""", html);
        Assert.DoesNotContain("""value="short""", html);
    }

    [Fact]
    public async Task Registration_leads_to_the_code_page_for_that_address()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/register", HttpStatusCode.Accepted, RegisteredAnswer);

        using var response = await Forms.PostAsync(portal.Browser(), "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "Silva", ["Email"] = Email, ["Password"] = "Correct-Horse-9",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/verify?email=ana%40example.org", response.Headers.Location?.OriginalString);
        var (_, body) = portal.Apis.Received.Single();
        Assert.Contains("\"organisation\":null", body);
    }

    [Fact]
    public async Task The_registration_token_goes_from_the_register_page_to_the_verify_call_without_showing_in_a_url_or_page()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/register", HttpStatusCode.Accepted, RegisteredAnswer);
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/verify", HttpStatusCode.OK, """{"email":"ana@example.org","verified":true}""");
        var browser = portal.Browser();
        using var registered = await Forms.PostAsync(browser, "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "Silva", ["Email"] = Email, ["Password"] = "Correct-Horse-9",
        });
        var verifyPage = await browser.GetStringAsync(registered.Headers.Location!.OriginalString);

        using var verified = await Forms.PostAsync(browser, "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email, ["Code"] = "123456" });

        Assert.DoesNotContain(RegistrationToken, registered.Headers.Location.OriginalString);
        Assert.DoesNotContain(RegistrationToken, verifyPage);
        Assert.DoesNotContain("""name="Password" """, verifyPage);
        Assert.DoesNotContain(registered.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains(RegistrationToken));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var (_, body) = portal.Apis.Received.Last();
        Assert.Contains($"\"registrationToken\":\"{RegistrationToken}\"", body);
        Assert.Contains("\"password\":null", body);
    }

    [Fact]
    public async Task A_browser_that_did_not_register_the_address_verifies_with_the_password_instead()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/verify", HttpStatusCode.OK, """{"email":"ana@example.org","verified":true}""");
        var browser = portal.Browser();
        Assert.Contains("""name="Password" """, await browser.GetStringAsync("/account/verify?email=ana%40example.org"));

        using var withoutPassword = await Forms.PostAsync(browser, "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email, ["Code"] = "123456" });
        using var withPassword = await Forms.PostAsync(browser, "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email, ["Code"] = "123456", ["Password"] = "Correct-Horse-9" });

        Assert.Contains("""<ul class="field-errors" id="Password-error">""", await withoutPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, withPassword.StatusCode);
        var (_, body) = portal.Apis.Received.Single();
        Assert.Contains("\"registrationToken\":null", body);
        Assert.Contains("\"password\":\"Correct-Horse-9\"", body);
    }

    [Fact]
    public async Task The_code_pages_say_how_long_the_code_is_valid_as_identity_answered()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/register", HttpStatusCode.Accepted, RegisteredAnswer.Replace("1800", "600"));
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/resend-code", HttpStatusCode.Accepted, """{"codeExpiresInSeconds":900}""");
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/password/forgot", HttpStatusCode.Accepted, """{"codeExpiresInSeconds":3600}""");
        var browser = portal.Browser();

        using var registered = await Forms.PostAsync(browser, "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "Silva", ["Email"] = Email, ["Password"] = "Correct-Horse-9",
        });
        var verifyPage = await browser.GetStringAsync(registered.Headers.Location!.OriginalString);
        using var resent = await Forms.PostAsync(browser, "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email }, "/account/verify?handler=resend");
        using var forgot = await Forms.PostAsync(browser, "/account/reset-password", new Dictionary<string, string> { ["Email"] = Email });
        var resetCodePage = await browser.GetStringAsync(forgot.Headers.Location!.OriginalString);

        Assert.Contains("This code will expire in 10 minutes.", verifyPage);
        Assert.Contains("This code will expire in 15 minutes.", await resent.Content.ReadAsStringAsync());
        Assert.Contains("This code will expire in 1 hour.", resetCodePage);
        Assert.DoesNotContain("30 minutes", verifyPage + resetCodePage);
    }

    [Fact]
    public async Task A_code_page_reached_without_a_code_sent_claims_no_validity()
    {
        var page = await portal.Browser().GetStringAsync("/account/verify?email=ana%40example.org");

        Assert.Contains("We have sent a verification code", page);
        Assert.DoesNotContain("This code will expire", page);
    }

    [Fact]
    public async Task Send_new_code_shows_how_long_to_wait_when_rate_limited()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/resend-code", _ =>
        {
            var answer = StubApis.Problem(HttpStatusCode.TooManyRequests, """{"title":"Too many requests; try again later.","status":429,"code":"rate_limited"}""");
            answer.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));
            return answer;
        });

        using var response = await Forms.PostAsync(portal.Browser(), "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email }, "/account/verify?handler=resend");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A new code can be sent in 42 seconds.", html);
        Assert.Contains("Didn't receive a code?", html);
    }

    [Fact]
    public async Task A_wrong_code_is_shown_next_to_the_code_field()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/verify", _ =>
            StubApis.Problem(HttpStatusCode.BadRequest, """{"title":"The code is wrong or has expired.","status":400,"code":"invalid_code"}"""));

        using var response = await Forms.PostAsync(portal.Browser(), "/account/verify?email=ana%40example.org",
            new Dictionary<string, string> { ["Email"] = Email, ["Code"] = "123456", ["Password"] = "Correct-Horse-9" });

        Assert.Contains("The code is wrong or has expired.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    public async Task Login_never_returns_to_another_host(string returnUrl)
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));

        using var response = await Forms.PostAsync(portal.Browser(), "/account/login", new Dictionary<string, string>
        {
            ["Email"] = Email, ["Password"] = "Correct-Horse-9", ["ReturnUrl"] = returnUrl,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_returns_to_the_local_page_with_an_http_only_lax_session_cookie()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));

        using var response = await Forms.PostAsync(portal.Browser(), "/account/login", new Dictionary<string, string>
        {
            ["Email"] = Email, ["Password"] = "Correct-Horse-9", ["ReturnUrl"] = "/videos/abc?x=1",
        });

        Assert.Equal("/videos/abc?x=1", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nato_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refresh-1", cookie);
    }

    [Fact]
    public async Task Wrong_credentials_are_one_message()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/login", _ =>
            StubApis.Problem(HttpStatusCode.Unauthorized, """{"title":"The email address or password is wrong.","status":401,"code":"invalid_credentials"}"""));

        using var response = await Forms.PostAsync(portal.Browser(), "/account/login",
            new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "nope" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<p class="alert error" role="alert">The email address or password is wrong.</p>""", html);
    }

    [Fact]
    public async Task The_account_page_asks_for_a_login_first()
    {
        using var response = await portal.Browser().GetAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A path: the browser resolves it against the public address it used, never the web service's own.
        Assert.Equal("/account/login?returnUrl=%2Faccount", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_once_and_the_new_one_is_used()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email, expiresIn: 1, refreshToken: "refresh-1"));
        var refreshed = Tokens.LoginAnswer(Email, expiresIn: 900, refreshToken: "refresh-2");
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/refresh", HttpStatusCode.OK, refreshed);
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");
        var browser = portal.Browser();
        await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });

        using var first = await browser.GetAsync("/account");
        using var second = await browser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Ana Silva", await second.Content.ReadAsStringAsync());
        Assert.Single(portal.Apis.Received, r => r.Request.RequestUri!.AbsolutePath == "/api/account/refresh");
        var newAccessToken = System.Text.Json.JsonDocument.Parse(refreshed).RootElement.GetProperty("accessToken").GetString();
        Assert.All(portal.Apis.Received.Where(r => r.Request.RequestUri!.AbsolutePath == "/api/account/me"),
            r => Assert.Equal(newAccessToken, r.Request.Headers.Authorization?.Parameter));
    }

    public void Dispose() => portal.Dispose();
}
