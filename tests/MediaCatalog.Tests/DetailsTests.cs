using System.Net;
using System.Net.Http.Json;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class DetailsTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task The_Kosovo_visit_carries_the_full_text_and_downloadable_files()
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");

        Assert.Contains("reduction in size of KFOR", video!.Description);
        Assert.Contains("60,000 troops in the Balkans", video.Description);
        Assert.Contains("Kosovo Police Service", video.Description);
        Assert.Contains("Dr Bajram Rexhepi, the Prime Minister of Kosovo", video.Description);
        Assert.Contains("as the civic institutions grow and strengthen", video.Description);
        Assert.Equal("Pristina, Kosovo", video.Location);
        Assert.Equal(["master", "web", "proxy", "audio"], video.Files.Select(f => f.Kind));
        var master = video.Files[0];
        Assert.Equal(("mxf", "mpeg2video", "pcm_s24le", 1920, 1080, 25m, 50_000_000L, "4:2:2", true),
            (master.Container, master.VideoCodec, master.AudioCodec, master.Width!.Value, master.Height!.Value, master.FrameRate!.Value, master.BitRate!.Value, master.Chroma, master.Interlaced!.Value));
        Assert.Matches("^[0-9a-f]{64}$", master.Sha256);
        Assert.True(master.SizeBytes > 0);
        Assert.Contains(video.Files, f => f.Kind == "proxy" && f.Width == 640 && f.Height == 360);
    }

    [Fact]
    public async Task The_Kosovo_visit_has_a_shot_list_a_transcript_from_the_portal_text_and_its_rights()
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");

        Assert.True(video!.ShotList.Count >= 5);
        Assert.All(video.ShotList, s => Assert.Matches(@"^\d\d:\d\d:\d\d$", s.Timecode));
        Assert.Equal(video.ShotList.Select(s => s.Timecode).Order(StringComparer.Ordinal), video.ShotList.Select(s => s.Timecode));
        Assert.Contains(video.ShotList, s => s.Description.Contains("Bajram Rexhepi"));
        Assert.Contains(video.ShotList, s => s.Description.Contains("Kosovo Police Service"));
        Assert.Contains("Reduction is simply designed to give us a greater flexibility to use the 60,000 troops in the Balkans", video.Transcript);
        Assert.Contains("firmly in the hands of the civil authorities", video.Transcript);
        Assert.Equal("NATO", video.Credit);
        Assert.Contains("editorial use", video.UsageTerms);
        Assert.Equal(["en", "fr"], video.Captions.Select(c => c.Language));
        Assert.Equal($"/api/media/videos/{video.Id}/preview", video.PreviewUrl);
    }

    [Fact]
    public async Task Third_party_material_is_stated_in_the_restrictions_and_credit()
    {
        var article5 = SampleCatalogue.Videos.Single(v => v.Title.Contains("Article 5"));

        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{article5.Id}");

        Assert.Contains("third-party material", video!.Restrictions);
        Assert.Equal("NATO / Belga", video.Credit);
    }

    [Fact]
    public async Task An_unknown_video_is_a_404_problem()
    {
        var response = await fixture.Anonymous().GetAsync($"/api/media/videos/{Guid.NewGuid()}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("video_not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2E%2E")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{0a6f1c52-2002-4627-9a01-000000000627}")]
    [InlineData("1%3BDROP%20TABLE%20videos")]
    public async Task A_malformed_id_is_a_404_problem_never_a_server_error(string id)
    {
        var response = await fixture.Anonymous().GetAsync($"/api/media/videos/{id}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
