using Microsoft.AspNetCore.Authentication.Cookies;

namespace NatoAspire.Web.Session;

/// <summary>
/// Names the session cookie <c>__Host-nato_session</c>, Secure, for the whole host only, when the public scheme is
/// https, and plain <c>nato_session</c> over http (a local run), where browsers refuse a <c>__Host-</c> cookie
/// without Secure. The scheme is the one the gateway reports, trusted only from a configured proxy
/// (Web:ForwardedHeaders), so a direct caller cannot pick it.
/// </summary>
sealed class SchemeAwareCookieManager : ICookieManager
{
    public const string HostPrefix = "__Host-";

    readonly ChunkingCookieManager chunks = new();

    public string? GetRequestCookie(HttpContext context, string key) => chunks.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        chunks.AppendResponseCookie(context, Name(context, key), value, ForScheme(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        chunks.DeleteCookie(context, Name(context, key), ForScheme(context, options));

    static string Name(HttpContext context, string key) => context.Request.IsHttps ? HostPrefix + key : key;

    static CookieOptions ForScheme(HttpContext context, CookieOptions options)
    {
        if (!context.Request.IsHttps) return options;
        // What the prefix promises the browser: Secure, Path=/, and no Domain.
        return new CookieOptions(options) { Secure = true, Path = "/", Domain = null };
    }
}
