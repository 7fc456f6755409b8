using Microsoft.AspNetCore.Http.HttpResults;

namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>The catalogue's problem responses, with their stable codes.</summary>
public static class CatalogProblems
{
    public static ProblemHttpResult VideoNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "There is no such video.", ProblemCodes.VideoNotFound);

    public static ProblemHttpResult FileNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "This video has no such file.", ProblemCodes.FileNotFound);

    public static ProblemHttpResult PreviewNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This video has no preview.",
            extensions: new Dictionary<string, object?> { ["code"] = "preview_not_found" });

    public static ProblemHttpResult CaptionsNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This video has no captions in that language.",
            extensions: new Dictionary<string, object?> { ["code"] = "captions_not_found" });

    public static ProblemHttpResult DownloadLinkExpired() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This download link is unknown or has expired.",
            extensions: new Dictionary<string, object?> { ["code"] = "download_link_expired" });

    /// <summary>ffprobe could not read the upload as audio or video the catalogue serves; nothing of it was kept.</summary>
    public static ValidationProblem UnreadableMedia() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["body"] = ["The file is not audio or video that can be read (MXF, MP4, MOV, MKV, WebM, WAV or AAC)."] },
            title: "The uploaded file cannot be read as media.",
            extensions: new Dictionary<string, object?> { ["code"] = "unreadable_media" });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        Problems.Validation(errors, "Some of the input is not valid.");
}
