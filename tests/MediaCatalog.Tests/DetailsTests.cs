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
        var master = Assert.Single(video.Files, f => f.Width == 1920);
        Assert.Equal((1080, 25m, "h264", "mp4"), (master.Height!.Value, master.FrameRate!.Value, master.VideoCodec, master.Container));
        Assert.Matches("^[0-9a-f]{64}$", master.Sha256);
        Assert.True(master.SizeBytes > 0);
        Assert.Contains(video.Files, f => f.Width == 640 && f.Height == 360);
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
