using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

/// <summary>
/// After verification. Verifying returns no tokens, so subscribing asks for the password once: the same
/// button logs the new user in and subscribes them. A signed-in user just gets the button.
/// </summary>
public sealed class WelcomeModel(IdentityApi identity, NewsletterApi newsletter, PortalSession session) : PortalPageModel
{
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }

    public bool Subscribed { get; private set; }

    public static string UrlFor(string email) => $"/account/welcome?email={Uri.EscapeDataString(email)}";

    public void OnGet() { }

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken)
    {
        var accessToken = (await session.TokensAsync())?.AccessToken;
        if (accessToken is null)
        {
            var login = await identity.LoginAsync(Email?.Trim() ?? "", Password ?? "", session.Device.DeviceToken, session.Device.UserAgent, cancellationToken);
            if (!login.Succeeded)
            {
                Show(login.Problem);
                return Page();
            }
            await session.SignInAsync(login.Value);
            accessToken = login.Value.AccessToken;
        }

        var result = await newsletter.SubscribeAsync(accessToken, cancellationToken);
        if (!result.Succeeded)
        {
            Show(result.Problem);
            return Page();
        }
        Subscribed = true;
        InfoMessage = T["You are now subscribed to our newsletter."];
        return Page();
    }
}
