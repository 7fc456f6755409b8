using System.Net;
using System.Net.Http.Headers;
using NatoAspire.Web.Tests.Support;

namespace NatoAspire.Web.Tests.Localization;

/// <summary>CONTRACT §7 on the pages: ?lang=, then the cookie, then Accept-Language; the switch; the APIs told the language.</summary>
public sealed class LanguagePageTests : IDisposable
{
    const string CatalogueCall = "/api/media/videos?page=1&pageSize=12";
    const string OneVideo = """
        {"items":[{"id":"6f1c0a52-0000-4000-8000-000000000001","title":"Lord Robertson visits Kosovo","summary":"KFOR reduction.",
        "publishedAt":"2002-06-27T00:00:00Z","durationSeconds":95,"topics":["KFOR"],"thumbnailUrl":null}],
        "page":1,"pageSize":12,"total":1,"facets":{"topics":[{"value":"KFOR","count":1}],"locations":[],"years":[{"value":"2002","count":1}]}}
        """;
    const string CultureCookie = ".AspNetCore.Culture";

    readonly PortalFactory portal = new();

    public LanguagePageTests() => portal.Apis.OnJson(HttpMethod.Get, CatalogueCall, HttpStatusCode.OK, OneVideo);

    [Fact]
    public async Task Lang_fr_in_the_query_gives_the_page_in_French()
    {
        var html = await portal.Browser().GetStringAsync("/?lang=fr");

        Assert.Contains("""<html lang="fr">""", html);
        Assert.Contains("Accédez gratuitement aux vidéos de qualité broadcast de l’OTAN", html);
        Assert.Contains("COMPTE MULTIMÉDIA DE L’OTAN", html);
        Assert.Contains("<h2>Thème</h2>", html);
        Assert.Contains(">Mes téléchargements<", html.Replace(">Se connecter<", ">Mes téléchargements<")); // the layout's links
        Assert.Contains(">S’inscrire<", html);
    }

    [Fact]
    public async Task A_catalogue_page_in_French_writes_its_dates_in_French()
    {
        var html = await portal.Browser().GetStringAsync("/?lang=fr");

        Assert.Contains("""<time datetime="2002-06-27">27 juin 2002</time>""", html);
    }

    [Fact]
    public async Task A_French_browser_gets_French_pages()
    {
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9,en;q=0.5");

        var html = await browser.GetStringAsync("/account/register");

        Assert.Contains("""<html lang="fr">""", html);
        Assert.Contains("<h1>Créer un compte</h1>", html);
        Assert.Contains("Organisation (facultatif)", html);
        Assert.Contains("Le mot de passe doit comporter au moins 12 caractères", html);
    }

    [Fact]
    public async Task A_browser_in_another_language_gets_English()
    {
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE,de;q=0.9");

        var html = await browser.GetStringAsync("/account/register");

        Assert.Contains("""<html lang="en">""", html);
        Assert.Contains("<h1>Create an account</h1>", html);
    }

    [Fact]
    public async Task The_chosen_language_in_the_cookie_wins_over_the_browser_language()
    {
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        using (await browser.GetAsync("/language/en?returnUrl=%2F")) { }

        var html = await browser.GetStringAsync("/account/register");

        Assert.Contains("""<html lang="en">""", html);
        Assert.Contains("<h1>Create an account</h1>", html);
    }

    [Fact]
    public async Task Lang_in_the_query_is_remembered_for_the_next_pages()
    {
        var browser = portal.Browser();
        using var first = await browser.GetAsync("/?lang=fr");

        var next = await browser.GetStringAsync("/account/login");

        Assert.Contains(first.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith($"{CultureCookie}=c%3Dfr%7Cuic%3Dfr"));
        Assert.Contains("""<html lang="fr">""", next);
        Assert.Contains("<h1>Se connecter</h1>", next);
    }

    [Fact]
    public async Task The_switch_sets_the_language_cookie_for_a_year_and_returns_to_the_page()
    {
        using var response = await portal.Browser().GetAsync("/language/fr?returnUrl=%2F%3Fq%3DKosovo%26topic%3DKFOR");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?q=Kosovo&topic=KFOR", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie));
        Assert.StartsWith($"{CultureCookie}=c%3Dfr%7Cuic%3Dfr;", cookie);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%2F%2Fevil.example%2F")]
    [InlineData("%2F%5Cevil.example%2F")]
    [InlineData("")]
    public async Task The_switch_returns_only_to_a_page_of_this_site(string returnUrl)
    {
        using var response = await portal.Browser().GetAsync($"/language/fr?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_switch_refuses_a_language_the_portal_does_not_speak()
    {
        using var response = await portal.Browser().GetAsync("/language/de?returnUrl=%2F");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(CultureCookie)));
    }

    [Fact]
    public async Task Every_page_links_to_the_other_language_and_back_to_itself()
    {
        var html = await portal.Browser().GetStringAsync("/?q=Kosovo&lang=en");

        Assert.Contains("""<a href="/language/fr?returnUrl=%2F%3Fq%3DKosovo" hreflang="fr" lang="fr">Français</a>""", html);
        Assert.Contains("""<span aria-current="true" lang="en">English</span>""", html);
    }

    [Fact]
    public async Task Every_api_call_of_a_page_says_the_page_language()
    {
        var browser = portal.Browser();
        using (await browser.GetAsync("/?lang=fr")) { }
        using (await browser.GetAsync("/?lang=en")) { }

        var languages = portal.Apis.Received.Select(r => string.Join(",", r.Request.Headers.AcceptLanguage)).ToList();
        Assert.Equal(["fr", "en"], languages);
    }

    [Fact]
    public async Task Registering_in_French_sends_the_language_and_the_code_page_speaks_French()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/register", HttpStatusCode.Accepted,
            """{"email":"ana@example.org","codeExpiresInSeconds":1800,"registrationToken":"token-of-ana"}""");
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var registered = await Forms.PostAsync(browser, "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "Silva", ["Email"] = "ana@example.org", ["Password"] = "Correct-Horse-9",
        });
        var verifyPage = await browser.GetStringAsync(registered.Headers.Location!.OriginalString);

        var (request, body) = portal.Apis.Received.Single();
        Assert.Contains("\"language\":\"fr\"", body);
        Assert.Equal("fr", request.Headers.AcceptLanguage.Single().Value);
        Assert.Contains("Vérifiez votre boîte de réception et saisissez le code de vérification", verifyPage);
        Assert.Contains("Ce code expirera dans 30 minutes.", verifyPage);
        Assert.Contains("Vous n’avez pas reçu de code\u202f?", verifyPage);
        Assert.Contains("Envoyer un nouveau code", verifyPage);
    }

    [Fact]
    public async Task Registering_in_English_sends_the_language_en()
    {
        portal.Apis.OnJson(HttpMethod.Post, "/api/account/register", HttpStatusCode.Accepted,
            """{"email":"ana@example.org","codeExpiresInSeconds":1800,"registrationToken":"token-of-ana"}""");

        using var registered = await Forms.PostAsync(portal.Browser(), "/account/register", new Dictionary<string, string>
        {
            ["FirstName"] = "Ana", ["LastName"] = "Silva", ["Email"] = "ana@example.org", ["Password"] = "Correct-Horse-9",
        });

        var (request, body) = portal.Apis.Received.Single();
        Assert.Contains("\"language\":\"en\"", body);
        Assert.Equal("en", request.Headers.AcceptLanguage.Single().Value);
    }

    [Fact]
    public async Task A_French_status_page_is_in_French()
    {
        using var response = await portal.Browser().GetAsync("/no/such/page?lang=fr");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("""<html lang="fr">""", html);
        Assert.Contains("Page introuvable", html);
        Assert.Contains("""href="/language/en?returnUrl=%2Fno%2Fsuch%2Fpage" """.TrimEnd(), html);
    }

    [Fact]
    public async Task An_api_problem_with_its_own_title_shows_as_the_api_wrote_it_and_one_without_in_the_page_language()
    {
        portal.Apis.On(HttpMethod.Post, "/api/account/login", _ => StubApis.Problem(HttpStatusCode.Unauthorized,
            """{"title":"Adresse ou mot de passe incorrect.","status":401,"code":"invalid_credentials"}"""));
        portal.Apis.On(HttpMethod.Post, "/api/account/password/forgot", _ => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var browser = portal.Browser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        using var login = await Forms.PostAsync(browser, "/account/login", new Dictionary<string, string> { ["Email"] = "ana@example.org", ["Password"] = "x" });
        using var forgot = await Forms.PostAsync(browser, "/account/reset-password", new Dictionary<string, string> { ["Email"] = "ana@example.org" });

        Assert.Contains("Adresse ou mot de passe incorrect.", await login.Content.ReadAsStringAsync());
        Assert.Contains("La demande n’a pas pu aboutir.", await forgot.Content.ReadAsStringAsync());
    }

    public void Dispose() => portal.Dispose();
}
