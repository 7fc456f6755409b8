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
        output.WriteLine($"First start (migrations and sample files, {fixture.Settings["Media:SampleSeconds"]} s each) took {fixture.FirstStartDuration.TotalSeconds:0.0} s");

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
    public async Task The_master_is_XDCAM_HD422_MPEG2_4_2_2_at_50_Mbps_1080i25_with_24_bit_PCM_in_MXF()
    {
        var master = (await SampleFileRowsAsync(fixture.Service)).Single(f => f.VideoId == SampleCatalogue.KosovoVisitId && f.Kind == "master");
        var path = Path.Combine(fixture.StoragePath, master.StorageKey);

        Assert.Equal("mxf", await Probe.DescribeAsync(path, "format=format_name"));
        Assert.Equal("mpeg2video,4:2:2,1920,1080,yuv422p,tt,25/1,50000000",
            await Probe.DescribeAsync(path, "stream=codec_name,profile,width,height,pix_fmt,field_order,r_frame_rate,bit_rate", "v:0"));
        Assert.Equal("pcm_s24le,48000", await Probe.DescribeAsync(path, "stream=codec_name,sample_rate", "a:0"));
    }

    [Fact]
    public async Task Every_rendered_entry_has_a_master_a_web_file_a_proxy_and_audio_described_as_ffprobe_reads_them()
    {
        var rows = await SampleFileRowsAsync(fixture.Service);

        foreach (var sample in SampleCatalogue.Videos.Where(v => v.OwnKinds.Count > 0))
        {
            var files = rows.Where(f => f.VideoId == sample.Id).ToDictionary(f => f.Kind);
            Assert.Equal(["audio", "master", "proxy", "web"], files.Keys.Order());
            Assert.Equal(("mxf", "mpeg2video", "pcm_s24le", "4:2:2", true, 50_000_000L), (files["master"].Container, files["master"].VideoCodec, files["master"].AudioCodec, files["master"].Chroma, files["master"].Interlaced, files["master"].BitRate));
            Assert.Equal(("mp4", "h264", "aac", 1920, 1080, 25m, false), (files["web"].Container, files["web"].VideoCodec, files["web"].AudioCodec, files["web"].Width!.Value, files["web"].Height!.Value, files["web"].FrameRate!.Value, files["web"].Interlaced!.Value));
            Assert.Equal(("mp4", "h264", 640, 360), (files["proxy"].Container, files["proxy"].VideoCodec, files["proxy"].Width!.Value, files["proxy"].Height!.Value));
            Assert.Equal(("wav", null, "pcm_s24le"), (files["audio"].Container, files["audio"].VideoCodec, files["audio"].AudioCodec));
            Assert.All(files.Values, f => Assert.Equal(1m, Math.Round(f.DurationSeconds)));
            Assert.Equal(4, files.Values.Select(f => f.Sha256).Distinct().Count());
        }
    }

    [Fact]
    public async Task Newsroom_entries_share_the_rendered_files_under_ids_of_their_own()
    {
        var rows = await SampleFileRowsAsync(fixture.Service);
        var sharing = SampleCatalogue.Videos.Where(v => v.FilesOf is not null).ToList();

        Assert.True(sharing.Count(v => v.OwnKinds.Count == 0) >= 12);
        foreach (var sample in sharing)
        {
            var own = rows.Where(f => f.VideoId == sample.Id).ToList();
            var source = rows.Where(f => f.VideoId == sample.FilesOf).ToList();
            Assert.Equal(4, own.Count);
            Assert.All(own.Where(f => !sample.OwnKinds.Contains(f.Kind)),
                f => Assert.Equal(source.Single(s => s.Kind == f.Kind).StorageKey, f.StorageKey));
        }
    }

    [Fact]
    public async Task Each_titled_entry_has_a_proxy_and_poster_of_its_own_and_one_1080_render_serves_them_all()
    {
        var rows = await SampleFileRowsAsync(fixture.Service);
        var titled = SampleCatalogue.Videos.Where(v => v.OwnsPoster).Select(v => v.Id).ToList();
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var posters = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Videos
            .Where(v => titled.Contains(v.Id)).Select(v => v.ThumbnailKey).ToListAsync();

        Assert.True(titled.Count >= 6);
        Assert.Equal(titled.Count, rows.Where(f => f.Kind == "proxy").Select(f => f.Sha256).Distinct().Count());
        Assert.Equal(titled.Count, posters.Distinct().Count());
        Assert.All(new[] { "master", "web", "audio" },
            kind => Assert.Single(rows.Where(f => f.Kind == kind).Select(f => f.StorageKey).Distinct()));
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
        var damaged = (await SampleFileRowsAsync(fixture.Service)).First(f => f.VideoId == SampleCatalogue.KosovoVisitId && f.Kind == "proxy");
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

    [Fact]
    public async Task A_database_from_before_the_French_texts_gets_them_on_restart()
    {
        await using (var scope = fixture.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await db.Database.ExecuteSqlAsync($"""update videos set "TextTranslations" = null where "Id" = {SampleCatalogue.KosovoVisitId}""");
        }

        await using var restarted = new CatalogServiceFactory(fixture.Settings);
        Assert.Equal(HttpStatusCode.OK, await HealthWithinAsync(restarted, TimeSpan.FromSeconds(30)));
        await using var after = restarted.Services.CreateAsyncScope();
        var kosovo = await after.ServiceProvider.GetRequiredService<CatalogDbContext>().Videos.AsNoTracking()
            .SingleAsync(v => v.Id == SampleCatalogue.KosovoVisitId);
        var french = Assert.Single(kosovo.TextTranslations);
        Assert.Equal(("fr", "Le Secrétaire général de l’OTAN en visite au Kosovo"), (french.Language, french.Title));
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
