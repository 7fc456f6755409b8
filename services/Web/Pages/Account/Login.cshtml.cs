using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Navigation;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

public sealed class LoginModel(IdentityApi identity, PortalSession session) : PortalPageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool NeedsVerification { get; private set; }

    public string ResetLink => $"/account/reset-password?returnUrl={Uri.EscapeDataString(LocalReturnUrl.OrHome(ReturnUrl))}";

    public void OnGet() => ReturnUrl = LocalReturnUrl.Sanitize(ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = LocalReturnUrl.Sanitize(ReturnUrl);
        var result = await identity.LoginAsync(Email?.Trim() ?? "", Password ?? "", session.Device.DeviceToken, session.Device.UserAgent, cancellationToken);
        if (result.Succeeded)
        {
            await session.SignInAsync(result.Value);
            return LocalRedirect(LocalReturnUrl.OrHome(ReturnUrl));
        }

        Show(result.Problem);
        NeedsVerification = result.Problem.Is(ProblemCodes.EmailNotVerified);
        return Page();
    }
}
