using System.Net;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Pages;

public sealed class PrivacyPageTests : IDisposable
{
    const string Email = "ana@example.org";
    readonly PortalFactory portal = new();

    [Fact]
    public async Task Export_my_data_downloads_the_file_identity_made()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Get, "/api/account/export", _ =>
        {
            var answer = StubApis.Json(HttpStatusCode.OK, """{"account":{"email":"ana@example.org"}}""");
            answer.Content.Headers.ContentDisposition = new("attachment") { FileName = "\"nato-multimedia-account-2026-12-02.json\"" };
            return answer;
        });

        using var response = await Forms.PostAsync(browser, "/account/export", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nato-multimedia-account-2026-12-02.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("""{"account":{"email":"ana@example.org"}}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", portal.Apis.Received.Last().Request.Headers.Authorization?.Scheme);
    }

    [Fact]
    public async Task An_export_that_cannot_be_made_says_so_on_the_page()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Get, "/api/account/export", _ => StubApis.Problem(HttpStatusCode.ServiceUnavailable,
            """{"title":"Your data cannot be exported right now; please try again in a few minutes.","status":503,"code":"service_unavailable"}"""));

        using var response = await Forms.PostAsync(browser, "/account/export", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your data cannot be exported right now", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deleting_sends_the_password_then_logs_out_and_confirms()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Delete, "/api/account", _ => new HttpResponseMessage(HttpStatusCode.NoContent));

        using var response = await Forms.PostAsync(browser, "/account/delete", new Dictionary<string, string> { ["Password"] = "Correct-Horse-9" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/deleted", response.Headers.Location?.OriginalString);
        Assert.Contains("""{"password":"Correct-Horse-9"}""", portal.Apis.Received.Last().Body);
        Assert.Contains("Your account has been deleted", await browser.GetStringAsync("/account/deleted"));
        // The session ended with the account.
        using var account = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_account_and_says_why_beside_the_field()
    {
        var browser = await SignedInAsync();
        portal.Apis.On(HttpMethod.Delete, "/api/account", _ => StubApis.Problem(HttpStatusCode.BadRequest,
            """{"title":"The password is wrong.","status":400,"code":"invalid_credentials"}"""));

        using var response = await Forms.PostAsync(browser, "/account/delete", new Dictionary<string, string> { ["Password"] = "wrong" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("""<ul class="field-errors" id="Password-error">""", html);
        Assert.Contains("Your account was not deleted", html);
        Assert.DoesNotContain("""value="wrong""", html);
    }

    [Fact]
    public async Task The_account_page_links_both_and_they_ask_for_a_login_first()
    {
        var browser = await SignedInAsync();
        portal.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-11-01T00:00:00Z"}""");
        portal.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");

        var page = await browser.GetStringAsync("/account");
        using var anonymous = await portal.Browser().GetAsync("/account/delete");

        Assert.Contains("""href="/account/export">Export my data</a>""", page);
        Assert.Contains("""href="/account/delete">Delete my account</a>""", page);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.OriginalString);
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
