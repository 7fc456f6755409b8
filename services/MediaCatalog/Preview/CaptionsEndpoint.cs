using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Preview;

/// <summary>WebVTT captions of the preview, one file a language, for the pages' &lt;track&gt; elements: public.</summary>
public static class CaptionsEndpoint
{
    public static RouteGroupBuilder MapCaptions(this RouteGroupBuilder videos)
    {
        videos.MapGet("/{id}/captions/{language}", GetAsync).AllowAnonymous();
        return videos;
    }

    public static string UrlOf(Guid videoId, string language) => $"/api/media/videos/{videoId}/captions/{language}.vtt";

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(
        string id, string language, CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        var video = await db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Id == videoId, cancellationToken);
        if (video is null) return CatalogProblems.VideoNotFound();
        var wanted = language.EndsWith(".vtt", StringComparison.Ordinal) ? language[..^4] : language;
        var track = CaptionTracks.Of(video).FirstOrDefault(t => t.Language == wanted);
        if (track is null) return CatalogProblems.CaptionsNotFound();
        return TypedResults.Text(CaptionTracks.WebVtt(track.Text, video.DurationSeconds), "text/vtt; charset=utf-8");
    }
}
