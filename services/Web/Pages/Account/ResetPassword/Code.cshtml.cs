using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

public sealed class CodeModel(IdentityApi identity) : PortalPageModel
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

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.CodeAttemptsExceeded)) ErrorMessage = "Too many wrong tries. Send a new code and enter that one.";
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var result = await identity.ForgotPasswordAsync(Email?.Trim() ?? "", cancellationToken);
        if (result.Succeeded)
        {
            CodeSentNotice.Remember(TempData, result.Value.CodeExpiresInSeconds);
            InfoMessage = "We have sent a new code to your email address. It replaces the previous one.";
        }
        else if (result.Problem.Is(ProblemCodes.RateLimited)) ErrorMessage = $"A new code can be sent in {Wait.Describe(result.Problem.RetryAfter)}. Please wait and try again.";
        else Show(result.Problem);
        return Page();
    }
}
