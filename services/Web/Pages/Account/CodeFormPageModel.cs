using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account;

/// <summary>
/// A page with the emailed-code form (`_CodeForm`): registration's verify page and password reset's code page answer
/// a wrong code and a "Send new Code" the same way, whichever purpose the code has.
/// </summary>
public abstract class CodeFormPageModel : PortalPageModel
{
    protected void ShowWrongCode(ApiProblem problem)
    {
        Show(problem);
        if (problem.Is(ProblemCodes.CodeAttemptsExceeded)) ErrorMessage = T["Too many wrong tries. Send a new code and enter that one."];
    }

    protected void ShowResent(ApiResult<CodeSent> result)
    {
        if (result.Succeeded)
        {
            CodeSentNotice.Remember(TempData, result.Value.CodeExpiresInSeconds);
            InfoMessage = T["We have sent a new code to your email address. It replaces the previous one."];
        }
        else if (result.Problem.Is(ProblemCodes.RateLimited)) ErrorMessage = T["A new code can be sent in {0}. Please wait and try again.", Wait.Describe(result.Problem.RetryAfter, T)];
        else Show(result.Problem);
    }
}
