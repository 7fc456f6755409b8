using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

/// <summary>
/// The devices signed in to the account. Signing one out ends its refresh token at once; a page it already has open
/// keeps working until its access token expires (at most 15 minutes).
/// </summary>
public sealed class SessionsModel(IdentityApi identity, PortalSession session) : SignedInPageModel(session)
{
    public const string Path = "/account/sessions";

    [BindProperty] public Guid SessionId { get; set; }

    public IReadOnlyList<SignedInDevice> Devices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ShowNotice();
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await identity.GetSessionsAsync(accessToken, cancellationToken);
        if (result.Succeeded) Devices = result.Value.Items;
        else if (EndsSession(result.Problem)) return await StartAgainAsync();
        else Show(result.Problem);
        return Page();
    }

    public Task<IActionResult> OnPostSignOutAsync(CancellationToken cancellationToken) =>
        ChangeAsync((token, ct) => identity.SignOutSessionAsync(token, SessionId, ct), T["That device has been signed out."], cancellationToken);

    public Task<IActionResult> OnPostSignOutOthersAsync(CancellationToken cancellationToken) =>
        ChangeAsync(identity.SignOutOtherSessionsAsync, T["Every other device has been signed out."], cancellationToken);

    async Task<IActionResult> ChangeAsync(Func<string, CancellationToken, Task<ApiResult<Done>>> change, LocalizedString done, CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await change(accessToken, cancellationToken);
        if (result.Succeeded) return RedirectWithNotice(Path, done);
        if (EndsSession(result.Problem)) return await StartAgainAsync();
        // Already signed out (from another tab, say): the list shows what is left.
        return RedirectWithNotice(Path, result.Problem.Is(ProblemCodes.SessionNotFound) ? T["That device was already signed out."] : TitleOf(result.Problem));
    }

    public static string Describe(SignedInDevice device, IStringLocalizer text) =>
        string.IsNullOrWhiteSpace(device.UserAgent) ? text["Unknown device"] : device.UserAgent;
}
