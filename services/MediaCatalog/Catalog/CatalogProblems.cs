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
        Problems.Of(StatusCodes.Status404NotFound, "This video has no preview.", ProblemCodes.PreviewNotFound);

    public static ProblemHttpResult CaptionsNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "This video has no captions in that language.", ProblemCodes.CaptionsNotFound);

    public static ProblemHttpResult DownloadLinkExpired() =>
        Problems.Of(StatusCodes.Status404NotFound, "This download link is unknown or has expired.", ProblemCodes.DownloadLinkExpired);

    /// <summary>ffprobe could not read the upload as audio or video the catalogue serves; nothing of it was kept.</summary>
    public static ProblemHttpResult UnreadableMedia() =>
        Problems.Of(StatusCodes.Status400BadRequest, "The uploaded file cannot be read as media.", ProblemCodes.UnreadableMedia,
            "Upload audio or video that ffprobe reads: MXF, MP4, MOV, MKV, WebM, WAV or AAC.");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        Problems.Validation(errors, "Some of the input is not valid.");
}
