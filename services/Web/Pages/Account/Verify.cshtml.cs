using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account;

public sealed class VerifyModel(IdentityApi identity) : CodeFormPageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty] public string? Code { get; set; }
    /// <summary>Asked for only when this browser did not register the address (another device, or the cookie is gone).</summary>
    [BindProperty] public string? Password { get; set; }

    public static string UrlFor(string email) => $"/account/verify?email={Uri.EscapeDataString(email)}";

    public bool AsksForPassword => RegistrationToken is null;

    string? RegistrationToken => PendingRegistration.TokenFor(TempData, Email);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var token = RegistrationToken;
        if (token is null && string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), T["Enter the password you chose when you registered."]);
            ErrorMessage = T["Please correct the highlighted fields."];
            return Page();
        }
        var result = await identity.VerifyAsync(Email?.Trim() ?? "", Code?.Trim() ?? "", token, token is null ? Password : null, cancellationToken);
        if (result.Succeeded)
        {
            PendingRegistration.Forget(TempData);
            CodeSentNotice.Forget(TempData);
            return Redirect(WelcomeModel.UrlFor(Email!.Trim()));
        }

        ShowWrongCode(result.Problem);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        var result = await identity.ResendCodeAsync(Email?.Trim() ?? "", cancellationToken);
        ShowResent(result);
        return Page();
    }
}
