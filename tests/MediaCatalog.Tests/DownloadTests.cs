using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using NatoAspire.MediaCatalog.Downloads;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class DownloadTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task An_anonymous_download_is_401()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);

        var response = await fixture.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);
        var forged = fixture.Tokens.Mint(Guid.NewGuid(), emailVerified: true, admin: false, issuer: "someone-else");

        var response = await fixture.WithToken(forged).GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_unverified_account_may_not_download()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);

        var response = await fixture.WithToken(fixture.Tokens.UnverifiedUser()).GetAsync(url);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_verified_account_downloads_the_whole_file_with_its_SHA256()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(file.SizeBytes, bytes.LongLength);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal(new EntityTagHeaderValue($"\"{file.Sha256}\"", isWeak: false), response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("secretary-general-visits-kosovo-proxy-360p.mp4", disposition.FileName?.Trim('"'));
    }

    [Fact]
    public async Task A_range_request_gets_206_with_exactly_those_bytes()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser());
        var whole = await client.GetByteArrayAsync(url);

        var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(100, 1123) } };
        var response = await client.SendAsync(request);
        var part = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-1123/{file.SizeBytes}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole.AsSpan(100, 1024).ToArray(), part);
    }

    [Fact]
    public async Task A_range_spanning_several_send_chunks_gets_exactly_those_bytes()
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");
        var master = video!.Files.Single(f => f.Kind == "master");
        var download = $"/api/media/videos/{video.Id}/files/{master.FileId}";
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser());
        var whole = await client.GetByteArrayAsync(download);
        var (from, to) = (FileSendingBody.ChunkSize - 10, 3L * FileSendingBody.ChunkSize + 10);

        var request = new HttpRequestMessage(HttpMethod.Get, download) { Headers = { Range = new RangeHeaderValue(from, to) } };
        var response = await client.SendAsync(request);
        var part = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.True(whole.Length > 4 * FileSendingBody.ChunkSize);
        Assert.Equal("application/mxf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(whole.AsSpan((int)from, (int)(to - from + 1)).ToArray(), part);
    }

    [Fact]
    public async Task If_Range_with_a_stale_ETag_gets_the_whole_file()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var request = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Headers = { Range = new RangeHeaderValue(0, 9), IfRange = new RangeConditionHeaderValue("\"0123456789abcdef\"") },
        };

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.SizeBytes, (await response.Content.ReadAsByteArrayAsync()).LongLength);
    }

    [Fact]
    public async Task If_Range_with_the_current_ETag_gets_the_range()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var request = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Headers = { Range = new RangeHeaderValue(0, 9), IfRange = new RangeConditionHeaderValue($"\"{file.Sha256}\"") },
        };

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(10, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task A_range_beyond_the_end_is_416()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(file.SizeBytes, null) } };

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{file.SizeBytes}", response.Content.Headers.ContentRange?.ToString());
    }

    [Theory]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("0a6f1c52-2002-4627-9a01-0000000006a2.mp4")]
    [InlineData("0a6f1c52-2002-4627-9a01-0000000006a2%2F..%2F..")]
    public async Task A_traversal_looking_file_id_is_a_404_problem(string fileId)
    {
        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser())
            .GetAsync($"/api/media/videos/{SampleCatalogue.KosovoVisitId}/files/{fileId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_file_of_another_video_is_not_found_under_this_one()
    {
        var (_, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var other = SampleCatalogue.Videos.First(v => v.Id != SampleCatalogue.KosovoVisitId).Id;

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).GetAsync($"/api/media/videos/{other}/files/{file.FileId}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("file_not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Every_download_is_counted_in_the_meter()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser());
        long bytesCounted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DownloadMetrics.MeterName && instrument.Name == "natoaspire.media.download.bytes") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref bytesCounted, value));
        listener.Start();

        await client.GetByteArrayAsync(url);
        var ranged = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(0, 99) } };
        (await client.SendAsync(ranged)).EnsureSuccessStatusCode();

        Assert.Equal(file.SizeBytes + 100, Interlocked.Read(ref bytesCounted));
    }
}
