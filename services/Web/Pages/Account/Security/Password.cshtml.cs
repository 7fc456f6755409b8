using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

public sealed class PasswordModel(IdentityApi identity, PortalSession session) : SignedInPageModel(session)
{
    public const string Path = "/account/password";

    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }

    public void OnGet() => ShowNotice();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await identity.ChangePasswordAsync(accessToken, CurrentPassword ?? "", NewPassword ?? "", cancellationToken);
        if (result.Succeeded)
            return RedirectWithNotice(Path, T["Your password has been updated. Every other device has been signed out; this one stays signed in."]);
        if (EndsSession(result.Problem)) return await StartAgainAsync();

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.InvalidCredentials))
        {
            ModelState.AddModelError(nameof(CurrentPassword), T["The current password is wrong."]);
            ErrorMessage = T["Please correct the highlighted fields."];
        }
        return Page();
    }
}
