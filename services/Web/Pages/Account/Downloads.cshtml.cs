using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

/// <summary>"My downloads": what the account downloaded, a file once a day, and when it accepted each video's terms.</summary>
[Authorize]
public sealed class DownloadsModel(MediaCatalogApi media, PortalSession session) : PortalPageModel
{
    public DownloadHistoryPage? History { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is not { } tokens) return await EndSessionAsync();
        var page = int.TryParse(Request.Query["page"], out var number) && number >= 1 ? number : 1;
        var result = await media.MyDownloadsAsync(tokens.AccessToken, page, cancellationToken);
        if (result.Succeeded) History = result.Value;
        else if (result.Problem.Status == HttpStatusCode.Unauthorized) return await EndSessionAsync();
        else Show(result.Problem);
        return Page();
    }

    async Task<IActionResult> EndSessionAsync()
    {
        await session.SignOutAsync();
        return Redirect("/account/login?returnUrl=%2Faccount%2Fdownloads");
    }
}
