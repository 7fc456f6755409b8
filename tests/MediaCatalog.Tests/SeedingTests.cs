using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;
using Xunit.Abstractions;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class SeedingTests(CatalogServiceFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_service_is_healthy_once_the_sample_catalogue_is_in_place()
    {
        output.WriteLine($"First start (migrations and sample files) took {fixture.FirstStartDuration.TotalSeconds:0.0} s");

        Assert.Equal(HttpStatusCode.OK, await HealthWithinAsync(fixture.Service, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Every_sample_entry_has_files_whose_bytes_match_their_recorded_SHA256()
    {
        var files = await SampleFileRowsAsync(fixture.Service);

        Assert.True(SampleCatalogue.Videos.Count >= 6);
        Assert.All(SampleCatalogue.Videos, sample => Assert.Contains(files, f => f.VideoId == sample.Id));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(fixture.StoragePath, file.StorageKey));
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(file.SizeBytes, bytes.LongLength);
        }
    }

    [Fact]
    public async Task The_master_is_a_real_1080p25_H264_video()
    {
        var master = (await SampleFileRowsAsync(fixture.Service)).First(f => f.VideoId == SampleCatalogue.KosovoVisitId && f.Width == 1920);

        var probe = Process.Start(new ProcessStartInfo("ffprobe",
            ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,r_frame_rate", "-of", "csv=p=0",
             Path.Combine(fixture.StoragePath, master.StorageKey)]) { RedirectStandardOutput = true })!;
        var description = (await probe.StandardOutput.ReadToEndAsync()).Trim();
        await probe.WaitForExitAsync();

        Assert.Equal("h264,1920,1080,25/1", description);
    }

    [Fact]
    public async Task A_restart_keeps_the_sample_files_instead_of_generating_them_again()
    {
        var before = await SampleFileRowsAsync(fixture.Service);

        await using (var restarted = new CatalogServiceFactory(fixture.Settings))
        {
            Assert.Equal(HttpStatusCode.OK, await HealthWithinAsync(restarted, TimeSpan.FromSeconds(30)));
            var after = await SampleFileRowsAsync(restarted);
            Assert.Equal(
                before.Select(f => (f.Id, f.StorageKey, f.Sha256, f.StoredAt)),
                after.Select(f => (f.Id, f.StorageKey, f.Sha256, f.StoredAt)));
        }
    }

    [Fact]
    public async Task A_damaged_sample_file_is_generated_again_on_restart()
    {
        var damaged = (await SampleFileRowsAsync(fixture.Service)).First(f => f.Width == 640);
        await File.AppendAllTextAsync(Path.Combine(fixture.StoragePath, damaged.StorageKey), "bit rot");

        await using (var restarted = new CatalogServiceFactory(fixture.Settings))
        {
            Assert.Equal(HttpStatusCode.OK, await HealthWithinAsync(restarted, TimeSpan.FromSeconds(30)));
            var repaired = (await SampleFileRowsAsync(restarted)).Single(f => f.Id == damaged.Id);
            var bytes = await File.ReadAllBytesAsync(Path.Combine(fixture.StoragePath, repaired.StorageKey));
            Assert.Equal(repaired.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(damaged.Sha256, repaired.Sha256); // the renderer is deterministic
        }
    }

    /// <summary>The broker connection of a fresh host comes up a moment after the host itself.</summary>
    static async Task<HttpStatusCode> HealthWithinAsync(CatalogServiceFactory service, TimeSpan patience)
    {
        var client = service.CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var status = (await client.GetAsync("/health")).StatusCode;
            if (status == HttpStatusCode.OK || deadline.Elapsed > patience) return status;
            await Task.Delay(250);
        }
    }

    static async Task<List<Catalog.VideoFile>> SampleFileRowsAsync(CatalogServiceFactory service)
    {
        var sampleIds = SampleCatalogue.Videos.Select(v => v.Id).ToList();
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await db.VideoFiles.AsNoTracking().Where(f => sampleIds.Contains(f.VideoId)).OrderBy(f => f.Id).ToListAsync();
    }
}
