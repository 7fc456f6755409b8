using System.Net.Http.Json;
using NatoAspire.MediaCatalog.Seeding;

namespace NatoAspire.MediaCatalog.Tests.Support;

public static class SampleFiles
{
    /// <summary>The Kosovo visit's proxy file, as the catalogue describes it.</summary>
    public static async Task<(string Url, VideoFileDto File)> KosovoProxyAsync(CatalogServiceFixture fixture)
    {
        var video = await fixture.Anonymous().GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");
        var file = video!.Files.Single(f => f.Width == 640);
        return ($"/api/media/videos/{video.Id}/files/{file.FileId}", file);
    }
}
