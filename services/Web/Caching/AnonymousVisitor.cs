using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using NatoAspire.ServiceDefaults.Caching;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Caching;

/// <summary>
/// Who sees the catalogue pages everyone sees: a visitor without the session cookie. Of the cookies the portal sets,
/// three say nothing about the page: the language (the cache keeps one page per language anyway), the device token
/// (read only when signing in) and antiforgery's cookie (a cached page holds no form token; one that would is marked
/// no-store by antiforgery and never stored). Any other cookie (the session, TempData's pending message, one not yet
/// thought of) means a page made for that visitor alone.
/// </summary>
static class AnonymousVisitor
{
    public static AnonymousRequests Rule(IServiceProvider services) => new(
    [
        CookieRequestCultureProvider.DefaultCookieName,
        DeviceCookie.Name,
        services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!,
    ]);
}
