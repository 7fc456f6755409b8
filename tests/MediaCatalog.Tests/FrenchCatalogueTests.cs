using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

/// <summary>
/// The catalogue answers in the language <c>Accept-Language</c> asks for (CONTRACT §7), where a video has it, and in
/// English otherwise, saying which on each item.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class FrenchCatalogueTests(CatalogServiceFixture fixture)
{
    const string KosovoTitleFr = "Le Secrétaire général de l’OTAN en visite au Kosovo";
    static readonly string Kosovo = $"/api/media/videos/{SampleCatalogue.KosovoVisitId}";

    [Fact]
    public async Task A_French_reader_gets_the_Kosovo_visit_in_French()
    {
        using var response = await GetAsync(Kosovo, "fr");
        var video = (await response.Content.ReadFromJsonAsync<VideoDto>())!;

        Assert.Equal("fr", video.Language);
        Assert.Equal(KosovoTitleFr, video.Title);
        Assert.Contains("27 juin 2002", video.Description);
        Assert.Contains("Service de police du Kosovo", video.Description);
        Assert.Contains("KFOR", video.Summary);
        Assert.Contains("«\u00a0La réduction vise simplement", video.Description);
        Assert.DoesNotContain("'", video.Title + video.Summary + video.Description);
        Assert.Equal("fr", video.TermsLanguage);
        Assert.Contains("fins éditoriales", video.UsageTerms);
        Assert.Equal(["fr"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Without_Accept_Language_the_Kosovo_visit_is_in_English_as_before()
    {
        using var response = await GetAsync(Kosovo, null);
        var video = (await response.Content.ReadFromJsonAsync<VideoDto>())!;

        Assert.Equal("en", video.Language);
        Assert.Equal("Secretary General visits Kosovo", video.Title);
        Assert.Contains("Kosovo Police Service", video.Description);
        Assert.Equal("en", video.TermsLanguage);
        Assert.Contains("editorial use", video.UsageTerms);
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task An_entry_without_French_is_shown_in_English_and_says_so()
    {
        var prague = SampleCatalogue.Videos.Single(v => v.Title.StartsWith("Prague Summit", StringComparison.Ordinal));

        using var response = await GetAsync($"/api/media/videos/{prague.Id}", "fr");
        var video = (await response.Content.ReadFromJsonAsync<VideoDto>())!;

        Assert.Equal("en", video.Language);
        Assert.Equal(prague.Title, video.Title);
        Assert.Equal("en", video.TermsLanguage);
        Assert.Equal(["en"], response.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task The_list_in_French_has_the_Kosovo_visit_in_French_and_the_others_in_English()
    {
        using var response = await GetAsync("/api/media/videos?pageSize=100", "fr");
        var list = (await response.Content.ReadFromJsonAsync<VideoListDto>())!;

        var kosovo = list.Items.Single(v => v.Id == SampleCatalogue.KosovoVisitId);
        Assert.Equal(("fr", KosovoTitleFr), (kosovo.Language, kosovo.Title));
        Assert.StartsWith("Lord Robertson salue les progrès", kosovo.Summary);
        var prague = list.Items.Single(v => v.Title.StartsWith("Prague Summit", StringComparison.Ordinal));
        Assert.Equal("en", prague.Language);
        Assert.Equal(["fr"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task The_list_without_Accept_Language_is_in_English()
    {
        var list = (await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?pageSize=100"))!;

        var kosovo = list.Items.Single(v => v.Id == SampleCatalogue.KosovoVisitId);
        Assert.Equal(("en", "Secretary General visits Kosovo"), (kosovo.Language, kosovo.Title));
        Assert.All(list.Items, item => Assert.Equal("en", item.Language));
    }

    [Theory]
    [InlineData("en;q=0.5, fr", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("de-DE, fr-FR;q=0.9, en;q=0.8", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr;q=0.4, en-GB;q=0.8", "en")]
    [InlineData("fr;q=0, en", "en")]
    [InlineData("de", "en")]
    [InlineData("*", "en")]
    public async Task The_language_is_the_first_the_portal_speaks_by_quality(string acceptLanguage, string expected)
    {
        using var response = await GetAsync(Kosovo, acceptLanguage);
        var video = (await response.Content.ReadFromJsonAsync<VideoDto>())!;

        Assert.Equal(expected, video.Language);
        Assert.Equal(expected == "fr" ? KosovoTitleFr : "Secretary General visits Kosovo", video.Title);
    }

    [Theory]
    [InlineData("réduction des effectifs")]
    [InlineData("police")]
    [InlineData("Secrétaire général")]
    public async Task A_French_search_finds_the_Kosovo_visit(string q)
    {
        using var response = await GetAsync($"/api/media/videos?q={Uri.EscapeDataString(q)}", "fr");
        var list = (await response.Content.ReadFromJsonAsync<VideoListDto>())!;

        var first = list.Items[0];
        Assert.Equal(SampleCatalogue.KosovoVisitId, first.Id);
        Assert.Equal(("fr", KosovoTitleFr), (first.Language, first.Title));
    }

    [Fact]
    public async Task French_words_find_the_Kosovo_visit_for_an_English_reader_too()
    {
        var list = (await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?q=r%C3%A9duction%20des%20effectifs"))!;

        var only = Assert.Single(list.Items);
        Assert.Equal(("en", "Secretary General visits Kosovo"), (only.Language, only.Title));
    }

    [Fact]
    public async Task The_cache_keeps_one_answer_per_language_on_the_same_url()
    {
        var id = await PublishAsync("Ministers meet on Kosovo", "Les ministres se réunissent sur le Kosovo");
        // Past the second eviction that follows the admin's change.
        await Task.Delay(CatalogueCache.SecondEviction + TimeSpan.FromSeconds(0.5));
        var url = $"/api/media/videos/{id}";

        var english = await ReadAsync(url, null);
        var french = await ReadAsync(url, "fr-CA");
        Assert.Equal(("en", "Ministers meet on Kosovo"), (english.Language, english.Title));
        Assert.Equal(("fr", "Les ministres se réunissent sur le Kosovo"), (french.Language, french.Title));

        // Behind the API, so that only a cached answer still shows the old titles.
        await using (var scope = fixture.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await db.Videos.Where(v => v.Id == id).ExecuteUpdateAsync(set => set.SetProperty(v => v.Title, "Renamed behind the API"));
            await db.Database.ExecuteSqlAsync($"""update videos set "TextTranslations" = '[]' where "Id" = {id}""");
        }

        Assert.Equal("Ministers meet on Kosovo", (await ReadAsync(url, "en-GB")).Title);
        Assert.Equal("Les ministres se réunissent sur le Kosovo", (await ReadAsync(url, "fr-FR;q=0.9")).Title);
        Assert.Equal("Les ministres se réunissent sur le Kosovo", (await ReadAsync(url, "en;q=0.5, fr")).Title);
    }

    [Fact]
    public async Task The_list_cache_keeps_one_answer_per_language()
    {
        var topic = $"Topic {Guid.NewGuid():N}";
        await PublishAsync("Allied leaders meet", "Les dirigeants alliés se réunissent", topic);
        await Task.Delay(CatalogueCache.SecondEviction + TimeSpan.FromSeconds(0.5));
        var url = $"/api/media/videos?topic={Uri.EscapeDataString(topic)}";

        using var english = await GetAsync(url, "en");
        using var french = await GetAsync(url, "fr");
        using var frenchAgain = await GetAsync(url, "fr-BE");

        Assert.Equal("Allied leaders meet", (await english.Content.ReadFromJsonAsync<VideoListDto>())!.Items.Single().Title);
        Assert.Equal("Les dirigeants alliés se réunissent", (await french.Content.ReadFromJsonAsync<VideoListDto>())!.Items.Single().Title);
        Assert.Equal("Les dirigeants alliés se réunissent", (await frenchAgain.Content.ReadFromJsonAsync<VideoListDto>())!.Items.Single().Title);
        Assert.Equal(["fr"], frenchAgain.Content.Headers.ContentLanguage);
        Assert.NotNull(frenchAgain.Headers.Age); // the entry "fr" made, not one of its own
    }

    async Task<Guid> PublishAsync(string title, string titleFr, string? topic = null)
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        using var created = await admin.PostAsJsonAsync("/api/media/videos", new
        {
            title,
            summary = "Ministers meet at NATO Headquarters.",
            description = "Arrivals and statements.",
            publishedAt = "2026-11-20T10:00:00+01:00",
            topics = new[] { topic ?? $"Topic {Guid.NewGuid():N}" },
            durationSeconds = 60,
            textTranslations = new[]
            {
                new { language = "fr", title = titleFr, summary = "Réunion des ministres au siège de l’OTAN.", description = "Arrivées et déclarations." },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<VideoDto>())!.Id;
    }

    async Task<VideoDto> ReadAsync(string url, string? acceptLanguage)
    {
        using var response = await GetAsync(url, acceptLanguage);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VideoDto>())!;
    }

    async Task<HttpResponseMessage> GetAsync(string url, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await fixture.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
