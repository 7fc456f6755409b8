using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Navigation;
using NatoAspire.Web.Passkeys;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

/// <summary>
/// Finishes a sign-in with a passkey that the login page's script began: the options come from
/// <see cref="OnPostOptionsAsync"/>, the browser's answer arrives in the form, and a success starts the same session
/// (cookies, device token) as a password login. A failure is shown here, with the way back to the password form.
/// </summary>
public sealed class PasskeyLoginModel(PasskeyApi passkeys, PortalSession session) : PortalPageModel
{
    public const string Path = "/account/login/passkey";

    [BindProperty] public string? Credential { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string LoginLink => $"/account/login?returnUrl={Uri.EscapeDataString(LocalReturnUrl.OrHome(ReturnUrl))}";

    public IActionResult OnGet() => Redirect(LoginLink);

    /// <summary>Called by the script, with the form's antiforgery token in its header. The options name no account.</summary>
    public async Task<IActionResult> OnPostOptionsAsync(CancellationToken cancellationToken) =>
        CeremonyAnswers.Options(await passkeys.LoginOptionsAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = LocalReturnUrl.Sanitize(ReturnUrl);
        if (CeremonyAnswers.Credential(Credential) is not { } credential)
        {
            ErrorMessage = T["Logging in with a passkey needs JavaScript and a browser that supports passkeys."];
            return Page();
        }

        var result = await passkeys.LoginAsync(credential, session.Device.DeviceToken, session.Device.UserAgent, cancellationToken);
        if (result.Succeeded)
        {
            await session.SignInAsync(result.Value);
            return LocalRedirect(LocalReturnUrl.OrHome(ReturnUrl));
        }

        Show(result.Problem);
        if (result.Problem.Is(ProblemCodes.InvalidCredentials)) ErrorMessage = T["This passkey could not be used to log in. It may have been removed from your account."];
        return Page();
    }
}
