using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.ServiceDefaults.OpenApi;

namespace NatoAspire.MediaCatalog.Tests;

/// <summary>An admin publishes a video's French texts beside the English, under the same rules as the English.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class PublishingInFrenchTests(CatalogServiceFixture fixture)
{
    const string English = "\"title\":\"Ministers meet\",\"summary\":\"Allied ministers meet.\",\"description\":\"Arrivals.\"," +
        "\"usageTerms\":\"Editorial use only.\",\"restrictions\":\"Pool footage.\",\"publishedAt\":\"2026-11-20T10:00:00Z\",\"durationSeconds\":60";

    [Fact]
    public async Task An_admin_publishes_French_texts_that_a_French_reader_gets()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var body = "{" + English + ",\"textTranslations\":[{\"language\":\"FR\",\"title\":\"Réunion des ministres\"," +
            "\"summary\":\"Les ministres alliés se réunissent.\",\"description\":\"Arrivées.\"," +
            "\"usageTerms\":\"Usage éditorial uniquement.\",\"restrictions\":\"Images de pool.\"}]}";

        using var created = await PostAsync(admin, body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        request.Headers.Add("Accept-Language", "fr");
        var french = (await (await fixture.Anonymous().SendAsync(request)).Content.ReadFromJsonAsync<VideoDto>())!;
        Assert.Equal(("fr", "Réunion des ministres", "Les ministres alliés se réunissent.", "Arrivées."),
            (french.Language, french.Title, french.Summary, french.Description));
        Assert.Equal(("fr", "Usage éditorial uniquement.", "Images de pool."), (french.TermsLanguage, french.UsageTerms, french.Restrictions));
        var english = (await fixture.Anonymous().GetFromJsonAsync<VideoDto>(created.Headers.Location))!;
        Assert.Equal(("en", "Ministers meet", "en", "Pool footage."), (english.Language, english.Title, english.TermsLanguage, english.Restrictions));
    }

    [Fact]
    public async Task French_texts_without_French_terms_show_the_English_terms_and_say_so()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var body = "{" + English + ",\"textTranslations\":[{\"language\":\"fr\",\"title\":\"Réunion des ministres\"," +
            "\"summary\":\"Les ministres alliés se réunissent.\",\"description\":\"Arrivées.\"}]}";

        using var created = await PostAsync(admin, body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, created.Headers.Location);
        request.Headers.Add("Accept-Language", "fr");
        var french = (await (await fixture.Anonymous().SendAsync(request)).Content.ReadFromJsonAsync<VideoDto>())!;
        Assert.Equal(("fr", "Réunion des ministres"), (french.Language, french.Title));
        Assert.Equal(("en", "Editorial use only.", "Pool footage."), (french.TermsLanguage, french.UsageTerms, french.Restrictions));
    }

    [Theory]
    [InlineData("{\"language\":\"fr\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].title")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\",\"description\":\"D\"}", "textTranslations[0].summary")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\\u0007\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].title")]
    [InlineData("{\"language\":\"fr\",\"title\":\"Deux\\nlignes\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].title")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\",\"summary\":\"S\\u0000\",\"description\":\"D\"}", "textTranslations[0].summary")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\",\"summary\":\"S\"}", "textTranslations[0].description")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\",\"usageTerms\":\"U\"}", "textTranslations[0].restrictions")]
    [InlineData("{\"language\":\"de\",\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].language")]
    [InlineData("{\"language\":\"en\",\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].language")]
    [InlineData("{\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations[0].language")]
    [InlineData("null", "textTranslations[0]")]
    [InlineData("{\"language\":\"fr\",\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\"},{\"language\":\"fr-CA\",\"title\":\"T\",\"summary\":\"S\",\"description\":\"D\"}", "textTranslations")]
    public async Task Bad_French_texts_are_a_400_problem_under_their_field(string translations, string field)
    {
        using var response = await PostAsync(fixture.WithToken(fixture.Tokens.Admin()), "{" + English + ",\"textTranslations\":[" + translations + "]}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, field));
    }

    [Fact]
    public async Task A_French_title_longer_than_the_English_limit_is_refused()
    {
        var translation = JsonSerializer.Serialize(new { language = "fr", title = new string('é', 301), summary = "S", description = "D" });

        using var response = await PostAsync(fixture.WithToken(fixture.Tokens.Admin()), "{" + English + ",\"textTranslations\":[" + translation + "]}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, "textTranslations[0].title"));
    }

    [Fact]
    public async Task The_OpenAPI_document_shows_the_French_texts_and_the_language_of_an_answer()
    {
        var document = JsonDocument.Parse(await fixture.Anonymous().GetStringAsync(PublicApiDocument.DocumentPath("/api/media"))).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.GetProperty("VideoRequest").GetProperty("properties").TryGetProperty("textTranslations", out _));
        var translation = schemas.GetProperty("TextTranslationRequest").GetProperty("properties");
        Assert.All(["language", "title", "summary", "description", "usageTerms", "restrictions"], p => Assert.True(translation.TryGetProperty(p, out _), p));
        Assert.True(schemas.GetProperty("VideoDetails").GetProperty("properties").TryGetProperty("language", out _));
        Assert.True(schemas.GetProperty("VideoDetails").GetProperty("properties").TryGetProperty("termsLanguage", out _));
        Assert.True(schemas.GetProperty("VideoListItem").GetProperty("properties").TryGetProperty("language", out _));
    }

    static Task<HttpResponseMessage> PostAsync(HttpClient admin, string body) =>
        admin.PostAsync("/api/media/videos", new StringContent(body, Encoding.UTF8, "application/json"));
}
