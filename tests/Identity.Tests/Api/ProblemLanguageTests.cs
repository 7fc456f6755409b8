using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Identity.Localization;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>Problem titles and <c>errors</c> messages follow <c>Accept-Language</c> (CONTRACT §7); codes never change.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ProblemLanguageTests(IdentityHost host)
{
    readonly HttpClient http = host.CreateClient().Http;

    static readonly object WeakRegistration = new { email = "not-an-address", password = "short", firstName = "", lastName = "Lovelace" };

    [Fact]
    public async Task A_French_request_gets_its_validation_problem_in_French_with_the_same_code()
    {
        var response = await SendAsync("register", WeakRegistration, "fr-FR,fr;q=0.9,en;q=0.5");

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal("Un ou plusieurs champs ne sont pas valides.", problem.Title);
        Assert.Contains("Le mot de passe doit comporter au moins 12\u00A0caractères.", problem.Errors["password"]);
        Assert.Contains("Le mot de passe doit contenir une lettre majuscule.", problem.Errors["password"]);
        Assert.Equal(["L’adresse électronique n’est pas valide."], problem.Errors["email"]);
        Assert.Equal(["Le prénom est obligatoire."], problem.Errors["firstName"]);
        Assert.Equal("fr", Assert.Single(response.Content.Headers.ContentLanguage));
    }

    [Fact]
    public async Task Without_the_header_or_with_a_language_the_portal_does_not_speak_it_stays_English()
    {
        foreach (var language in new string?[] { null, "de-DE,de;q=0.9", "*" })
        {
            var problem = await Problem.ReadAsync(await SendAsync("register", WeakRegistration, language), HttpStatusCode.BadRequest);
            Assert.Equal("One or more fields are invalid.", problem.Title);
            Assert.Contains("The password must be at least 12 characters long.", problem.Errors["password"]);
        }
    }

    [Theory]
    [InlineData("en;q=0.4, fr;q=0.8", "Le code est erroné ou a expiré.")]
    [InlineData("fr;q=0.3, en", "The code is wrong or has expired.")]
    [InlineData("de, fr-CA;q=0.5", "Le code est erroné ou a expiré.")]
    [InlineData("fr;q=0, en;q=0.1", "The code is wrong or has expired.")]
    public async Task The_best_language_by_quality_wins(string acceptLanguage, string title)
    {
        var response = await SendAsync("password/verify-code", new { email = AccountClient.NewEmail(), code = "123456" }, acceptLanguage);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.Title);
        Assert.Equal("invalid_code", problem.Code);
    }

    [Fact]
    public async Task Problems_written_outside_the_endpoints_follow_the_language_too()
    {
        var unauthorizedInEnglish = await Problem.ReadAsync(await SendAsync("me", null, null, HttpMethod.Get), HttpStatusCode.Unauthorized);
        var unauthorized = await Problem.ReadAsync(await SendAsync("me", null, "fr", HttpMethod.Get), HttpStatusCode.Unauthorized);
        var login = await Problem.ReadAsync(await SendAsync("login", new { email = AccountClient.NewEmail(), password = "Wrong-Password-42!" }, "fr"),
            HttpStatusCode.Unauthorized);
        var unreadable = await Problem.ReadAsync(await SendRawAsync("login", """{"email": """, "fr"), HttpStatusCode.BadRequest);

        Assert.Equal("L’adresse électronique ou le mot de passe est erroné.", login.Title);
        Assert.Equal("invalid_credentials", login.Code);
        Assert.Equal("La requête n’a pas pu être lue.", unreadable.Title);
        Assert.True(Translations.IsTranslated(unauthorizedInEnglish.Title!, "fr"), unauthorizedInEnglish.Title);
        Assert.Equal(Translations.Translate(unauthorizedInEnglish.Title!, "fr"), unauthorized.Title);
    }

    /// <summary>Every message the bad inputs of the account API produce has its French: none is left in English.</summary>
    [Fact]
    public async Task Every_message_of_the_bad_inputs_has_a_French_translation()
    {
        string longText = new('a', 300);
        var calls = new (string Path, object Body)[]
        {
            ("register", new { email = "", password = "", firstName = "", lastName = "" }),
            ("register", new { email = $"{longText}@example.org", password = $"pass word\u0001{longText}", firstName = longText + "\u0001", lastName = longText, organisation = longText }),
            ("register", new { email = "a@b", password = "password", firstName = "A\u0007", lastName = "\u0007", organisation = "\u0007" }),
            ("register", new { email = "ada@example.org", password = "Password123!", firstName = "Ada", lastName = "Lovelace" }),
            ("register", new { email = "ada@example.org", password = AccountClient.Password, firstName = "Ada", lastName = "Lovelace", language = "de" }),
            ("verify", new { email = "", code = "12", registrationToken = "" }),
            ("verify", new { email = "ada@example.org", code = "123456", registrationToken = longText, password = longText }),
            ("resend-code", new { email = "" }),
            ("login", new { email = "", password = "", deviceToken = longText }),
            ("refresh", new { refreshToken = "" }),
            ("refresh", new { refreshToken = longText }),
            ("password/forgot", new { email = "x" }),
            ("password/verify-code", new { email = "ada@example.org", code = "abcdef" }),
            ("password/reset", new { resetToken = "", newPassword = "" }),
            ("password/reset", new { resetToken = longText, newPassword = "short" }),
        };
        foreach (var (path, body) in calls)
            await TranslatedProblems.AssertTranslatedAsync(http,
                () => new HttpRequestMessage(HttpMethod.Post, $"/api/account/{path}") { Content = JsonContent.Create(body) }, Translations);
    }

    [Fact]
    public void Every_problem_message_has_its_English_and_its_French()
    {
        ProblemMessageResources.AssertComplete(typeof(ProblemMessages));
        ProblemMessageResources.AssertComplete(typeof(Microsoft.Extensions.Hosting.SharedProblemMessages));
    }

    Microsoft.Extensions.Hosting.ProblemTranslations Translations =>
        host.App.Services.GetRequiredService<Microsoft.Extensions.Hosting.ProblemTranslations>();

    Task<HttpResponseMessage> SendAsync(string path, object? body, string? acceptLanguage, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, $"/api/account/{path}");
        if (body is not null) request.Content = JsonContent.Create(body);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return http.SendAsync(request);
    }

    Task<HttpResponseMessage> SendRawAsync(string path, string json, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/account/{path}") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return http.SendAsync(request);
    }
}
