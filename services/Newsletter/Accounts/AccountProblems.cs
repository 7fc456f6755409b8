using Microsoft.AspNetCore.Http.HttpResults;

namespace NatoAspire.Newsletter.Accounts;

/// <summary>Tokens that pass validation but lack what the newsletter needs; identity never issues them.</summary>
static class AccountProblems
{
    public static ProblemHttpResult NoAccountId() => Refused("The access token names no account.");

    public static ProblemHttpResult NoEmail() => Refused("The access token carries no email address.");

    static ProblemHttpResult Refused(string title) =>
        Problems.Of(StatusCodes.Status403Forbidden, title, ProblemCodes.InvalidAccount);
}
