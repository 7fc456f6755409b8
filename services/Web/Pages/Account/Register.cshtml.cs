using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Account;

public sealed class RegisterModel(IdentityApi identity) : PortalPageModel
{
    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new RegisterRequest(Email ?? "", Password ?? "", FirstName ?? "", LastName ?? "",
            string.IsNullOrWhiteSpace(Organisation) ? null : Organisation,
            PortalLanguages.Of(CultureInfo.CurrentUICulture));
        var result = await identity.RegisterAsync(request, cancellationToken);
        if (result.Succeeded)
        {
            PendingRegistration.Remember(TempData, result.Value.Email, result.Value.RegistrationToken);
            CodeSentNotice.Remember(TempData, result.Value.CodeExpiresInSeconds);
            return Redirect(VerifyModel.UrlFor(Email!.Trim()));
        }

        Show(result.Problem);
        return Page();
    }
}
