using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Data;
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
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var created = await admin.PostAsJsonAsync("/api/media/videos", new
        {
            title = "Chunked range", summary = "A file larger than one send chunk.", description = "",
            publishedAt = "2026-11-20T10:00:00+01:00", durationSeconds = 1,
        });
        var video = (await created.Content.ReadFromJsonAsync<VideoDto>())!;
        var url = $"/api/media/videos/{video.Id}/files/{Guid.NewGuid()}?label=Chunks&container=mp4";
        (await admin.PutAsync(url, new GeneratedContent(4 * FileSendingBody.ChunkSize + 5, seed: 7))).EnsureSuccessStatusCode();
        var download = url[..url.IndexOf('?')];
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser());
        var whole = await client.GetByteArrayAsync(download);
        var (from, to) = (FileSendingBody.ChunkSize - 10, 3L * FileSendingBody.ChunkSize + 10);

        var request = new HttpRequestMessage(HttpMethod.Get, download) { Headers = { Range = new RangeHeaderValue(from, to) } };
        var response = await client.SendAsync(request);
        var part = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(4 * FileSendingBody.ChunkSize + 5, whole.Length);
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
    public async Task Every_download_is_counted_and_audited_through_the_outbox()
    {
        var (url, file) = await SampleFiles.KosovoProxyAsync(fixture);
        var account = Guid.NewGuid();
        var client = fixture.WithToken(fixture.Tokens.VerifiedUser(account));
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
        var audited = await AuditedDownloadsAsync(account);
        Assert.Equal(2, audited.Count);
        Assert.Contains(audited, e => e.GetProperty("bytesServed").GetInt64() == file.SizeBytes && !e.GetProperty("partial").GetBoolean());
        Assert.Contains(audited, e => e.GetProperty("bytesServed").GetInt64() == 100 && e.GetProperty("partial").GetBoolean());
        Assert.All(audited, e => Assert.Equal(file.FileId, e.GetProperty("fileId").GetGuid()));
    }

    async Task<List<JsonElement>> AuditedDownloadsAsync(Guid account)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith("NatoAspire.Contracts.Media.VideoFileDownloaded,"))
            .Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonDocument.Parse(p).RootElement)
            .Where(e => e.GetProperty("accountId").GetGuid() == account)];
    }
}
