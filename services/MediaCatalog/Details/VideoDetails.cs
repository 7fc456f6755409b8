using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Localization;
using NatoAspire.MediaCatalog.Preview;

namespace NatoAspire.MediaCatalog.Details;

/// <summary>
/// A video as a broadcaster reads it: title, summary and description in <paramref name="Language"/>, usage terms and
/// restrictions in <paramref name="TermsLanguage"/> (each the language asked for where the video has it, else English);
/// the shot list as logged, in English; the transcript in the spoken language, its translations behind the captions.
/// </summary>
public sealed record VideoDetails(
    Guid Id, string Language, string Title, string Summary, string Description, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string Credit, string TermsLanguage, string UsageTerms, string Restrictions,
    IReadOnlyList<string> Languages, IReadOnlyList<ShotDetails> ShotList, string Transcript, string? ThumbnailUrl,
    string? PreviewUrl, IReadOnlyList<CaptionDetails> Captions, IReadOnlyList<VideoFileDetails> Files)
{
    public static VideoDetails From(Video video, string language) => From(video, LocalizedTexts.Of(video, language), LocalizedTerms.Of(video, language));

    static VideoDetails From(Video video, LocalizedTexts texts, LocalizedTerms terms) => new(
        video.Id, texts.Language, texts.Title, texts.Summary, texts.Description, video.PublishedAt, video.DurationSeconds,
        video.Topics, video.Location, video.Credit, terms.Language, terms.UsageTerms, terms.Restrictions, video.Languages,
        [.. video.ShotList.Select(s => new ShotDetails(s.Timecode, s.Description))],
        video.Transcript,
        video.ThumbnailKey is null ? null : Thumbnails.ThumbnailEndpoint.UrlOf(video.Id),
        video.Files.Any(f => f.Kind == FileKinds.Proxy) ? PreviewEndpoint.UrlOf(video.Id) : null,
        [.. CaptionTracks.Of(video).Select(t => new CaptionDetails(t.Language, CaptionsEndpoint.UrlOf(video.Id, t.Language)))],
        [.. video.Files.OrderBy(f => FileOrder(f.Kind)).ThenByDescending(f => f.Width).ThenBy(f => f.Label).Select(VideoFileDetails.From)]);

    // Master first, then web, proxy and audio: the order a broadcaster reads them in.
    static int FileOrder(string kind) => FileKinds.All.ToList().IndexOf(kind);
}

public sealed record ShotDetails(string Timecode, string Description);

public sealed record CaptionDetails(string Language, string Url);

public sealed record VideoFileDetails(
    Guid FileId, string Label, string Kind, string Container, string? VideoCodec, string? AudioCodec, int? Width, int? Height,
    decimal? FrameRate, long? BitRate, string? Chroma, bool? Interlaced, decimal DurationSeconds, long SizeBytes, string Sha256,
    string DownloadUrl)
{
    public static VideoFileDetails From(VideoFile file) => new(
        file.Id, file.Label, file.Kind, file.Container, file.VideoCodec, file.AudioCodec, file.Width, file.Height,
        file.FrameRate, file.BitRate, file.Chroma, file.Interlaced, file.DurationSeconds, file.SizeBytes, file.Sha256,
        Downloads.DownloadFileEndpoint.UrlOf(file.VideoId, file.Id));
}
