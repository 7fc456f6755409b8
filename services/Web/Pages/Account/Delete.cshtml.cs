using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

/// <summary>"Delete my account": the password confirms it; then this browser's session ends and a confirmation shows.</summary>
[Authorize]
public sealed class DeleteModel(IdentityApi identity, PortalSession session) : PortalPageModel
{
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is not { } tokens) return await EndSessionAsync("/account/login?returnUrl=%2Faccount%2Fdelete");
        var result = await identity.DeleteAccountAsync(tokens.AccessToken, Password ?? "", cancellationToken);
        if (result.Succeeded) return await EndSessionAsync("/account/deleted");
        if (result.Problem.Status == HttpStatusCode.Unauthorized) return await EndSessionAsync("/account/login?returnUrl=%2Faccount%2Fdelete");

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.InvalidCredentials))
        {
            ModelState.AddModelError(nameof(Password), T["The password is wrong."]);
            ErrorMessage = T["Your account was not deleted: the password is wrong."];
        }
        return Page();
    }

    async Task<IActionResult> EndSessionAsync(string next)
    {
        await session.SignOutAsync();
        return Redirect(next);
    }
}
