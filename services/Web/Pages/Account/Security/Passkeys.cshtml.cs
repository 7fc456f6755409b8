using System.Net;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Passkeys;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

/// <summary>
/// The account's passkeys: listed and removed with plain forms; added with the browser's WebAuthn ceremony, which
/// the page's script runs between asking for the options (<see cref="OnPostOptionsAsync"/>) and posting the new
/// credential in the add form.
/// </summary>
public sealed class PasskeysModel(PasskeyApi passkeys, PortalSession session) : SignedInPageModel(session)
{
    public const string Path = "/account/passkeys";

    [BindProperty] public string? Credential { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public Guid PasskeyId { get; set; }

    public IReadOnlyList<PasskeyItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ShowNotice();
        return await ListAsync(cancellationToken) ?? Page();
    }

    /// <summary>Called by the script, with the form's antiforgery token in its header.</summary>
    public async Task<IActionResult> OnPostOptionsAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return CeremonyAnswers.Problem(HttpStatusCode.Unauthorized, T["Please log in again."]);
        return CeremonyAnswers.Options(await passkeys.RegistrationOptionsAsync(accessToken, cancellationToken));
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        if (CeremonyAnswers.Credential(Credential) is not { } credential)
            return RedirectWithNotice(Path, T["No passkey was created. Adding a passkey needs JavaScript and a browser that supports passkeys."]);

        var result = await passkeys.RegisterAsync(accessToken, credential, string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), cancellationToken);
        if (result.Succeeded) return RedirectWithNotice(Path, T["Your passkey “{0}” has been added. You can now log in with it.", result.Value.Name]);
        if (EndsSession(result.Problem)) return await StartAgainAsync();
        Show(result.Problem);
        // The credential has no field on the page: its message is the page's.
        if (result.Problem.Errors.TryGetValue("credential", out var messages)) ErrorMessage = string.Join(" ", messages);
        return await ListAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await passkeys.RemoveAsync(accessToken, PasskeyId, cancellationToken);
        if (result.Succeeded) return RedirectWithNotice(Path, T["The passkey has been removed."]);
        if (EndsSession(result.Problem)) return await StartAgainAsync();
        // Already removed (from another tab, say): the list shows what is left.
        return RedirectWithNotice(Path, result.Problem.Status == HttpStatusCode.NotFound ? T["That passkey was already removed."] : TitleOf(result.Problem));
    }

    async Task<IActionResult?> ListAsync(CancellationToken cancellationToken)
    {
        if (await AccessTokenAsync() is not { } accessToken) return await StartAgainAsync();
        var result = await passkeys.ListAsync(accessToken, cancellationToken);
        if (result.Succeeded) Items = result.Value.Items;
        else if (EndsSession(result.Problem)) return await StartAgainAsync();
        else Show(result.Problem);
        return null;
    }
}
