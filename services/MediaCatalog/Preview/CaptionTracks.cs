using System.Globalization;
using System.Text;
using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Preview;

/// <summary>
/// Captions made from a video's transcripts, one track a language: each line of a transcript (or each sentence,
/// when it is one paragraph) becomes a cue, the cues sharing the video's length evenly.
/// </summary>
public static class CaptionTracks
{
    public sealed record Track(string Language, string Text);

    public static IReadOnlyList<Track> Of(Video video)
    {
        var tracks = new List<Track>();
        if (!string.IsNullOrWhiteSpace(video.Transcript)) tracks.Add(new Track(video.TranscriptLanguage, video.Transcript));
        tracks.AddRange(video.Translations
            .Where(t => !string.IsNullOrWhiteSpace(t.Text) && tracks.All(known => known.Language != t.Language))
            .Select(t => new Track(t.Language, t.Text)));
        return tracks;
    }

    public static string WebVtt(string transcript, int durationSeconds)
    {
        var lines = transcript.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 1) lines = Sentences(lines[0]);
        var total = TimeSpan.FromSeconds(Math.Max(1, durationSeconds));
        var vtt = new StringBuilder("WEBVTT\n");
        for (var i = 0; i < lines.Length; i++)
        {
            vtt.Append('\n').Append(i + 1).Append('\n')
               .Append(Time(total * i / lines.Length)).Append(" --> ").Append(Time(total * (i + 1) / lines.Length)).Append('\n')
               .Append(Escape(lines[i])).Append('\n');
        }
        return vtt.ToString();
    }

    static string[] Sentences(string paragraph) =>
        System.Text.RegularExpressions.Regex.Split(paragraph, @"(?<=[.!?])\s+").Where(s => s.Length > 0).ToArray();

    static string Time(TimeSpan at) => at.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);

    // A cue's text is markup: "<" and "&" would start tags and entities, and "-->" would end the cue.
    static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
