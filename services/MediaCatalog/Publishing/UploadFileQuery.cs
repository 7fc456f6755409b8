using System.Globalization;
using System.Text.RegularExpressions;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>
/// What an upload says about its file, in the query string (the body is the file itself):
/// <c>label</c> and <c>container</c> (mp4, mov, mxf, mkv, webm) are required; <c>videoCodec</c>, <c>width</c>,
/// <c>height</c>, <c>frameRate</c> are optional; <c>sha256</c> (hex), when given, must match what arrived.
/// </summary>
public sealed partial record UploadFileQuery(
    string? Label, string? Container, string? VideoCodec, string? Width, string? Height, string? FrameRate, string? Sha256)
{
    public sealed record Metadata(string Label, MediaContainer Container, string? VideoCodec, int? Width, int? Height, decimal? FrameRate, string? ExpectedSha256);

    public bool TryValidate(out Metadata metadata, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var label = Label?.Trim();
        if (string.IsNullOrEmpty(label) || label.Length > CatalogLimits.LabelLength || TextRules.HasControlCharacters(label))
            errors["label"] = [$"label is required: 1 to {CatalogLimits.LabelLength} characters of text."];
        var container = MediaContainer.Find(Container);
        if (container is null)
            errors["container"] = [$"container must be one of {string.Join(", ", MediaContainer.All.Select(c => c.Name))}."];
        var codec = string.IsNullOrWhiteSpace(VideoCodec) ? null : VideoCodec.Trim();
        if (codec is not null && !CodecShape().IsMatch(codec))
            errors["videoCodec"] = [$"videoCodec must be 1 to {CatalogLimits.CodecLength} letters, digits, dots or dashes."];
        var width = Dimension(errors, "width", Width);
        var height = Dimension(errors, "height", Height);
        decimal? frameRate = null;
        if (!string.IsNullOrWhiteSpace(FrameRate))
        {
            if (decimal.TryParse(FrameRate, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate is > 0 and <= 1000)
                frameRate = Math.Round(rate, 3);
            else errors["frameRate"] = ["frameRate must be a number above 0 and at most 1000."];
        }
        var sha256 = string.IsNullOrWhiteSpace(Sha256) ? null : Sha256.Trim().ToLowerInvariant();
        if (sha256 is not null && !HexSha256().IsMatch(sha256))
            errors["sha256"] = ["sha256 must be 64 hexadecimal digits."];

        metadata = new Metadata(label ?? "", container ?? MediaContainer.Mp4, codec, width, height, frameRate, sha256);
        return errors.Count == 0;
    }

    static int? Dimension(Dictionary<string, string[]> errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 16384) return value;
        errors[field] = [$"{field} must be a whole number from 1 to 16384."];
        return null;
    }

    [GeneratedRegex(@"\A[A-Za-z0-9.\-]{1,40}\z")]
    private static partial Regex CodecShape();

    [GeneratedRegex(@"\A[0-9a-f]{64}\z")]
    private static partial Regex HexSha256();
}
