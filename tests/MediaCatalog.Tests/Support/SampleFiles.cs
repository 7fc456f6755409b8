using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;

namespace NatoAspire.MediaCatalog.Tests.Support;

public static class SampleFiles
{
    /// <summary>The Kosovo visit's proxy file, as the catalogue describes it.</summary>
    public static async Task<(string Url, VideoFileDto File)> KosovoProxyAsync(CatalogServiceFixture fixture)
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");
        var file = video!.Files.Single(f => f.Kind == "proxy");
        return ($"/api/media/videos/{video.Id}/files/{file.FileId}", file);
    }

    /// <summary>The bytes of one of the Kosovo visit's rendered files: real media, for uploads.</summary>
    public static async Task<byte[]> KosovoBytesAsync(CatalogServiceFixture fixture, string kind)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var key = await db.VideoFiles.Where(f => f.VideoId == SampleCatalogue.KosovoVisitId && f.Kind == kind).Select(f => f.StorageKey).SingleAsync();
        return await File.ReadAllBytesAsync(Path.Combine(fixture.StoragePath, key));
    }
}
