using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account.ResetPassword;

public sealed class IndexModel(IdentityApi identity) : PortalPageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await identity.ForgotPasswordAsync(Email?.Trim() ?? "", cancellationToken);
        if (result.Succeeded) CodeSentNotice.Remember(TempData, result.Value.CodeExpiresInSeconds);
        // A rate limit on an address that already has a fresh code still leads to the code page.
        if (result.Succeeded || result.Problem.Is(ProblemCodes.RateLimited)) return Redirect(ResetPasswordLinks.Code(Email!.Trim(), ReturnUrl));

        Show(result.Problem);
        return Page();
    }
}
