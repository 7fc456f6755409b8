using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class PreviewTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task Anyone_streams_the_proxy_as_the_preview_with_ranges()
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");
        var proxy = video!.Files.Single(f => f.Kind == "proxy");
        var request = new HttpRequestMessage(HttpMethod.Get, video.PreviewUrl) { Headers = { Range = new RangeHeaderValue(0, 1023) } };

        var ranged = await fixture.Anonymous().SendAsync(request);
        var whole = await fixture.Anonymous().GetByteArrayAsync(video.PreviewUrl);

        Assert.Equal(HttpStatusCode.PartialContent, ranged.StatusCode);
        Assert.Equal($"bytes 0-1023/{proxy.SizeBytes}", ranged.Content.Headers.ContentRange?.ToString());
        Assert.Equal("video/mp4", ranged.Content.Headers.ContentType?.MediaType);
        Assert.Null(ranged.Content.Headers.ContentDisposition);
        Assert.Equal(proxy.Sha256, Convert.ToHexStringLower(SHA256.HashData(whole)));
    }

    [Fact]
    public async Task Captions_in_English_and_French_are_WebVTT_from_the_transcript()
    {
        var client = fixture.Anonymous();
        var video = await client.GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");

        var english = await client.GetAsync(video!.Captions.Single(c => c.Language == "en").Url);
        var french = await client.GetStringAsync(video.Captions.Single(c => c.Language == "fr").Url);
        var vtt = await english.Content.ReadAsStringAsync();

        Assert.Equal("text/vtt", english.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("WEBVTT\n", vtt);
        Assert.Matches(@"\n00:00:00\.000 --> 00:00:\d\d\.\d{3}\n", vtt);
        Assert.Contains("greater flexibility to use the 60,000 troops in the Balkans", vtt);
        Assert.StartsWith("WEBVTT\n", french);
        Assert.Contains("60 000 soldats présents dans les Balkans", french);
    }

    [Fact]
    public async Task Captions_in_a_language_the_video_lacks_are_a_404_problem()
    {
        var response = await fixture.Anonymous().GetAsync($"/api/media/videos/{SampleCatalogue.KosovoVisitId}/captions/de.vtt");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("captions_not_found", problem.GetProperty("code").GetString());
    }
}
