using Microsoft.AspNetCore.Mvc.RazorPages;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages;

/// <summary>A page that calls the APIs and shows their problems inline: per field where the API names one.</summary>
public abstract class PortalPageModel : PageModel
{
    public string? ErrorMessage { get; set; }
    public string? InfoMessage { get; set; }

    /// <summary>How long the code just sent is valid, where this visit sent one (<see cref="Account.CodeSentNotice"/>).</summary>
    public TimeSpan? CodeValidFor => Account.CodeSentNotice.ValidFor(TempData);

    protected void Show(ApiProblem problem)
    {
        foreach (var (field, messages) in problem.Errors)
        {
            foreach (var message in messages) ModelState.AddModelError(PropertyOf(field), message);
        }

        ErrorMessage = problem switch
        {
            { Code: ProblemCodes.RateLimited } or { Status: System.Net.HttpStatusCode.TooManyRequests, Code: null } =>
                $"Too many attempts. Please wait {Wait.Describe(problem.RetryAfter)} and try again.",
            { Errors.Count: > 0 } => "Please correct the highlighted fields.",
            _ => problem.Title,
        };
    }

    /// <summary>The API names fields in camelCase; the pages bind the same names in PascalCase.</summary>
    static string PropertyOf(string field) =>
        field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
