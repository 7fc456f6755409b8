using System.Text.RegularExpressions;
using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>
/// What an upload says about its file, in the query string (the body is the file itself): <c>label</c> and
/// <c>kind</c> (master, web, proxy, audio) are required; <c>sha256</c> (hex), when given, must match what arrived.
/// Everything technical (container, codecs, size, rate) is read from the bytes by ffprobe, never taken from here.
/// </summary>
public sealed partial record UploadFileQuery(string? Label, string? Kind, string? Sha256)
{
    public sealed record Metadata(string Label, string Kind, string? ExpectedSha256);

    public bool TryValidate(out Metadata metadata, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var label = Label?.Trim();
        if (string.IsNullOrEmpty(label) || label.Length > CatalogLimits.LabelLength || ControlCharacters.AnyIn(label))
            errors["label"] = [$"label is required: 1 to {CatalogLimits.LabelLength} characters of text."];
        var kind = FileKinds.Find(Kind);
        if (kind is null) errors["kind"] = [$"kind must be one of {string.Join(", ", FileKinds.All)}."];
        var sha256 = string.IsNullOrWhiteSpace(Sha256) ? null : Sha256.Trim().ToLowerInvariant();
        if (sha256 is not null && !HexSha256().IsMatch(sha256))
            errors["sha256"] = ["sha256 must be 64 hexadecimal digits."];

        metadata = new Metadata(label ?? "", kind ?? FileKinds.Master, sha256);
        return errors.Count == 0;
    }

    [GeneratedRegex(@"\A[0-9a-f]{64}\z")]
    private static partial Regex HexSha256();
}
