using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

public sealed class NewModel(IdentityApi identity, PortalSession session) : PortalPageModel
{
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => ResetToken is null ? Redirect(ResetPasswordLinks.Start(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ResetToken is not { } resetToken) return Redirect(ResetPasswordLinks.Start(ReturnUrl));

        var result = await identity.ResetPasswordAsync(resetToken, NewPassword ?? "", cancellationToken);
        if (result.Succeeded)
        {
            TempData.Remove(ResetPasswordLinks.ResetTokenKey);
            // Every session ended with the reset; this browser's too.
            await session.SignOutAsync();
            return Redirect(ResetPasswordLinks.Done(ReturnUrl));
        }

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.InvalidResetToken))
        {
            TempData.Remove(ResetPasswordLinks.ResetTokenKey);
            ErrorMessage = T["This password reset has expired. Please start again."];
        }
        return Page();
    }

    string? ResetToken => TempData.Peek(ResetPasswordLinks.ResetTokenKey) as string;
}
