using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NatoAspire.MediaCatalog.Localization;
using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.MediaCatalog.Tests;

/// <summary>The catalogue's problems follow <c>Accept-Language</c> (CONTRACT §7): every message has its French; codes never change.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class ProblemLanguageTests(CatalogServiceFixture fixture)
{
    ProblemTranslations Translations => fixture.Service.Services.GetRequiredService<ProblemTranslations>();

    [Theory]
    [InlineData("/api/media/videos?page=0&pageSize=101")]
    [InlineData("/api/media/videos?q=%01drop&location=%07")]
    [InlineData("/api/media/videos?from=27-06-2002&to=2002-02-30")]
    [InlineData("/api/media/videos?from=2003-01-01&to=2002-01-01")]
    [InlineData("/api/media/videos/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/media/videos/00000000-0000-0000-0000-000000000001/preview")]
    [InlineData("/api/media/videos/00000000-0000-0000-0000-000000000001/files/00000000-0000-0000-0000-000000000002")]
    [InlineData("/api/media/me/downloads")]
    public async Task A_bad_read_is_answered_in_French_when_asked(string url) =>
        await TranslatedProblems.AssertTranslatedAsync(fixture.Anonymous(), () => new HttpRequestMessage(HttpMethod.Get, url), Translations);

    [Fact]
    public async Task A_bad_video_from_an_admin_is_answered_in_French_when_asked()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var body = new
        {
            title = "", summary = new string('s', 100_000), description = "bad\u0001", publishedAt = (string?)null, durationSeconds = -1,
            topics = new[] { "" }, shotList = new[] { new { timecode = "noon", description = "" } }, languages = new[] { "english" },
            translations = new[] { new { language = "x", text = "" } },
        };
        var frenchTexts = new
        {
            title = "Defence ministers meet", summary = "They meet.", publishedAt = "2026-01-01T00:00:00Z", durationSeconds = 10,
            textTranslations = new object?[] { new { language = "de", title = "", summary = "\u0001" }, null },
        };
        var twiceFrench = new
        {
            title = "Defence ministers meet", summary = "They meet.", publishedAt = "2026-01-01T00:00:00Z", durationSeconds = 10,
            textTranslations = new[] { new { language = "fr", title = "Réunion", summary = "Ils se réunissent." }, new { language = "fr", title = "Réunion", summary = "Ils se réunissent." } },
        };

        await TranslatedProblems.AssertTranslatedAsync(admin,
            () => new HttpRequestMessage(HttpMethod.Post, "/api/media/videos") { Content = JsonContent.Create(body) }, Translations);
        foreach (var texts in new object[] { frenchTexts, twiceFrench })
            await TranslatedProblems.AssertTranslatedAsync(admin,
                () => new HttpRequestMessage(HttpMethod.Post, "/api/media/videos") { Content = JsonContent.Create(texts) }, Translations);
        await TranslatedProblems.AssertTranslatedAsync(admin,
            () => new HttpRequestMessage(HttpMethod.Put, $"/api/media/videos/{Guid.NewGuid()}/files/not-a-guid?kind=tape&sha256=xyz")
            { Content = new ByteArrayContent([1]) }, Translations);
    }

    [Fact]
    public void Every_problem_message_has_its_English_and_its_French() =>
        ProblemMessageResources.AssertComplete(typeof(ProblemMessages));
}
