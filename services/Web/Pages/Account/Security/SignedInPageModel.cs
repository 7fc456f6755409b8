using System.Net;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account.Security;

/// <summary>
/// A self-service page: it acts with the signed-in user's access token, and after a change it redirects (POST,
/// redirect, GET) to a page that shows what was done, carried in the temp-data cookie.
/// </summary>
public abstract class SignedInPageModel(PortalSession session) : PortalPageModel
{
    const string NoticeKey = "AccountNotice";

    protected PortalSession Session => session;

    protected async Task<string?> AccessTokenAsync() => (await session.TokensAsync())?.AccessToken;

    /// <summary>Identity no longer accepts this session (signed out elsewhere, password changed): log in again.</summary>
    protected async Task<IActionResult> StartAgainAsync()
    {
        await session.SignOutAsync();
        return Redirect($"/account/login?returnUrl={Uri.EscapeDataString(Request.Path)}");
    }

    protected static bool EndsSession(ApiProblem problem) => problem.Status == HttpStatusCode.Unauthorized && !problem.Is(ProblemCodes.InvalidCredentials);

    protected IActionResult RedirectWithNotice(string page, string notice)
    {
        TempData[NoticeKey] = notice;
        return Redirect(page);
    }

    /// <summary>The notice the last change left for this page, shown once.</summary>
    protected void ShowNotice() => InfoMessage ??= TempData[NoticeKey] as string;
}
