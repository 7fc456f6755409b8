using Microsoft.Extensions.Localization;
using NatoAspire.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages;

/// <summary>A page that calls the APIs and shows their problems inline: per field where the API names one.</summary>
public abstract class PortalPageModel : PageModel
{
    public string? ErrorMessage { get; set; }
    public string? InfoMessage { get; set; }

    /// <summary>The page's own words in the visitor's language (the request's culture).</summary>
    protected IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PageText>>();

    /// <summary>How long the code just sent is valid, where this visit sent one (<see cref="Account.CodeSentNotice"/>).</summary>
    public TimeSpan? CodeValidFor => Account.CodeSentNotice.ValidFor(TempData);

    /// <summary>Field messages and titles are the API's own words (it answers in the page's language); the rest is ours.</summary>
    protected void Show(ApiProblem problem)
    {
        foreach (var (field, messages) in problem.Errors)
        {
            foreach (var message in messages) ModelState.AddModelError(PropertyOf(field), message);
        }

        ErrorMessage = problem switch
        {
            { Code: ProblemCodes.RateLimited } or { Status: System.Net.HttpStatusCode.TooManyRequests, Code: null } =>
                T["Too many attempts. Please wait {0} and try again.", Wait.Describe(problem.RetryAfter, T)],
            { Errors.Count: > 0 } => T["Please correct the highlighted fields."],
            _ => TitleOf(problem),
        };
    }

    /// <summary>An API's title as it wrote it (in the page's language, which the call asked for); ours translated.</summary>
    protected string TitleOf(ApiProblem problem) => problem.TitleIsOurs ? T[problem.Title] : problem.Title;

    /// <summary>The API names fields in camelCase; the pages bind the same names in PascalCase.</summary>
    static string PropertyOf(string field) =>
        field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
