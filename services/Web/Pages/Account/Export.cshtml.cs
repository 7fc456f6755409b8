using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

/// <summary>"Export my data": the account's export from identity, handed to the browser as a file download.</summary>
[Authorize]
public sealed class ExportModel(IdentityApi identity, PortalSession session) : PortalPageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is not { } tokens) return await EndSessionAsync();
        var export = await identity.ExportAsync(tokens.AccessToken, cancellationToken);
        if (export.Succeeded) return File(export.Value.Content, "application/json", export.Value.FileName);
        if (export.Problem.Status == HttpStatusCode.Unauthorized) return await EndSessionAsync();
        Show(export.Problem);
        return Page();
    }

    async Task<IActionResult> EndSessionAsync()
    {
        await session.SignOutAsync();
        return Redirect("/account/login?returnUrl=%2Faccount%2Fexport");
    }
}
