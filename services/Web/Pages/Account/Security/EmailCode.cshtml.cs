using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

public sealed class EmailCodeModel(IdentityApi identity, PortalSession session) : SignedInPageModel(session)
{
    public const string Path = "/account/email/code";

    [BindProperty] public string? Code { get; set; }

    public string? NewEmail => TempData.Peek(EmailModel.PendingKey) as string;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await identity.VerifyEmailChangeAsync(accessToken, Code?.Trim() ?? "", cancellationToken);
        if (result.Succeeded)
        {
            TempData.Remove(EmailModel.PendingKey);
            CodeSentNotice.Forget(TempData);
            return RedirectWithNotice(EmailModel.Path, T["Your email address is now {0}. Log in with it from now on.", result.Value.Email]);
        }
        if (EndsSession(result.Problem)) return await StartAgainAsync();

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.CodeAttemptsExceeded)) ErrorMessage = T["Too many wrong tries. Ask for a new code and enter that one."];
        return Page();
    }
}
