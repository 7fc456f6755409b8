using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class HistoryTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task A_file_counts_once_a_day_however_many_ranges_fetch_it_and_the_first_download_accepts_the_terms()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var account = Guid.NewGuid();
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser(account));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await client.GetByteArrayAsync(url);
        for (var i = 0; i < 3; i++)
        {
            var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(i * 100, i * 100 + 99) } };
            (await client.SendAsync(ranged)).EnsureSuccessStatusCode();
        }
        var history = await client.GetAsync("/api/media/me/downloads");
        var page = (await history.Content.ReadFromJsonAsync<DownloadHistoryDto>())!;

        var only = Assert.Single(page.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal((Seeding.SampleCatalogue.KosovoVisitId, file.FileId, "Secretary General visits Kosovo", file.Label), (only.VideoId, only.FileId, only.Title, only.Label));
        Assert.InRange(only.DownloadedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.NotNull(only.TermsAcceptedAt);
        Assert.True(only.TermsAcceptedAt <= only.DownloadedAt);
        Assert.Contains("no-store", history.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_French_reader_sees_the_titles_of_the_history_in_French_and_an_English_one_in_English()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser());
        await client.GetByteArrayAsync(url);

        var french = new HttpRequestMessage(HttpMethod.Get, "/api/media/me/downloads") { Headers = { AcceptLanguage = { new("fr") } } };
        using var frenchAnswer = await client.SendAsync(french);
        var inFrench = (await frenchAnswer.Content.ReadFromJsonAsync<DownloadHistoryDto>())!;
        var inEnglish = (await client.GetFromJsonAsync<DownloadHistoryDto>("/api/media/me/downloads"))!;

        Assert.Equal("Le Secrétaire général de l’OTAN en visite au Kosovo", Assert.Single(inFrench.Items).Title);
        Assert.Equal("fr", Assert.Single(frenchAnswer.Content.Headers.ContentLanguage));
        Assert.Equal("Secretary General visits Kosovo", Assert.Single(inEnglish.Items).Title);
    }

    [Fact]
    public async Task The_history_is_the_accounts_own_newest_first()
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{Seeding.SampleCatalogue.KosovoVisitId}");
        var mine = fixture.WithToken(fixture.Tokens.VerifiedUser());
        var someoneElse = fixture.WithToken(fixture.Tokens.VerifiedUser());

        await mine.GetByteArrayAsync($"/api/media/videos/{video!.Id}/files/{video.Files.Single(f => f.Kind == "audio").FileId}");
        await mine.GetByteArrayAsync($"/api/media/videos/{video.Id}/files/{video.Files.Single(f => f.Kind == "web").FileId}");
        var page = await mine.GetFromJsonAsync<DownloadHistoryDto>("/api/media/me/downloads");
        var theirs = await someoneElse.GetFromJsonAsync<DownloadHistoryDto>("/api/media/me/downloads");

        Assert.Equal(["web", "audio"], page!.Items.Select(i => video.Files.Single(f => f.FileId == i.FileId).Kind));
        Assert.Empty(theirs!.Items);
    }

    [Fact]
    public async Task The_history_needs_a_token_and_validates_its_paging()
    {
        var anonymous = await fixture.Anonymous().GetAsync("/api/media/me/downloads");
        var badPage = await fixture.WithToken(fixture.Tokens.VerifiedUser()).GetAsync("/api/media/me/downloads?pageSize=1000");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.NotEmpty(Problems.ErrorsOf(await Problems.AssertProblemAsync(badPage, HttpStatusCode.BadRequest), "pageSize"));
    }

    [Fact]
    public async Task A_download_link_serves_the_file_without_a_token_and_counts_for_its_account()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var account = Guid.NewGuid();
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser(account));

        var link = (await (await client.PostAsync($"{url}/link", null)).Content.ReadFromJsonAsync<DownloadLinkDto>())!;
        var request = new HttpRequestMessage(HttpMethod.Get, link.Url) { Headers = { Range = new RangeHeaderValue(0, 99) } };
        var ranged = await fixture.Anonymous().SendAsync(request);
        var whole = await fixture.Anonymous().GetAsync(link.Url);
        var history = await client.GetFromJsonAsync<DownloadHistoryDto>("/api/media/me/downloads");

        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal(file.SizeBytes, (await whole.Content.ReadAsByteArrayAsync()).LongLength);
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        Assert.InRange(link.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(16));
        Assert.Equal(file.FileId, Assert.Single(history!.Items).FileId);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task An_unknown_download_link_is_a_404_problem(string token)
    {
        var response = await fixture.Anonymous().GetAsync($"/api/media/downloads/{token}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("download_link_expired", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_a_verified_account_gets_a_download_link()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);

        var unverified = await fixture.WithToken(fixture.Tokens.UnverifiedUser()).PostAsync($"{url}/link", null);
        var anonymous = await fixture.Anonymous().PostAsync($"{url}/link", null);

        Assert.Equal(HttpStatusCode.Forbidden, unverified.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    sealed record DownloadLinkDto(string Url, DateTimeOffset ExpiresAt);
}
