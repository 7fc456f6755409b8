using Microsoft.AspNetCore.Localization;

namespace NatoAspire.Web.Localization;

/// <summary>The visitor's chosen language, in ASP.NET Core's own culture cookie, for a year.</summary>
public static class LanguageCookie
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Path = "/",
                MaxAge = Lifetime,
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                // A preference the visitor asked for, not tracking: it needs no consent.
                IsEssential = true,
            });
}
