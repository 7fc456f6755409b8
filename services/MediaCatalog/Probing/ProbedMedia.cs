using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Probing;

/// <summary>What ffprobe read from a file: the only source of a file's technical fields.</summary>
public sealed record ProbedMedia(
    MediaContainer Container, decimal DurationSeconds, string? VideoCodec, string? AudioCodec, int? Width, int? Height,
    decimal? FrameRate, long? BitRate, string? Chroma, bool? Interlaced);
