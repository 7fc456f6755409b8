using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace NatoAspire.Web.Session;

/// <summary>
/// Cookie authentication builds absolute redirect addresses from the request it sees, which behind the gateway
/// is the web service's internal host and port. A path without a host is resolved by the browser against the
/// address it used, the gateway's, whatever proxies stand in between and whatever they report.
/// </summary>
static class RelativeRedirects
{
    public static void UseRelativeRedirects(this CookieAuthenticationEvents events)
    {
        events.OnRedirectToLogin = Redirect;
        events.OnRedirectToAccessDenied = Redirect;
        events.OnRedirectToLogout = Redirect;
        events.OnRedirectToReturnUrl = Redirect;
    }

    static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(PathOf(context.RedirectUri));
        return Task.CompletedTask;
    }

    public static string PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : uri;
}
