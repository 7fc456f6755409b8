using Microsoft.AspNetCore.Http.HttpResults;

namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>The catalogue's problem responses, with their stable codes.</summary>
public static class CatalogProblems
{
    public static ProblemHttpResult VideoNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such video.",
            extensions: new Dictionary<string, object?> { ["code"] = "video_not_found" });

    public static ProblemHttpResult FileNotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "This video has no such file.",
            extensions: new Dictionary<string, object?> { ["code"] = "file_not_found" });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some of the input is not valid.",
            extensions: new Dictionary<string, object?> { ["code"] = "validation_failed" });
}
