using Microsoft.AspNetCore.Http.HttpResults;

namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>The catalogue's problem responses, with their stable codes.</summary>
public static class CatalogProblems
{
    public static ProblemHttpResult VideoNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "There is no such video.", ProblemCodes.VideoNotFound);

    public static ProblemHttpResult FileNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "This video has no such file.", ProblemCodes.FileNotFound);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        Problems.Validation(errors, "Some of the input is not valid.");
}
