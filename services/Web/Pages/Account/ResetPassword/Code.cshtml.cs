using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

public sealed class CodeModel(IdentityApi identity) : CodeFormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Code { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await identity.VerifyResetCodeAsync(Email?.Trim() ?? "", Code?.Trim() ?? "", cancellationToken);
        if (result.Succeeded)
        {
            // Kept in the encrypted temp-data cookie, not in a URL.
            TempData[ResetPasswordLinks.ResetTokenKey] = result.Value.ResetToken;
            CodeSentNotice.Forget(TempData);
            return Redirect(ResetPasswordLinks.NewPassword(ReturnUrl));
        }

        ShowWrongCode(result.Problem);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var result = await identity.ForgotPasswordAsync(Email?.Trim() ?? "", cancellationToken);
        ShowResent(result);
        return Page();
    }
}
