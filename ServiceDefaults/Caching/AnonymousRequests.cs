using Microsoft.AspNetCore.Http;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// Who may be answered from a shared cache: nobody signed in, no <c>Authorization</c> header, and no cookie but those
/// named here as saying nothing about who is asking (a language, a device hint). Any other cookie may be a session, a
/// pending message or something not yet thought of: whoever sends one gets an answer of their own.
/// </summary>
public sealed class AnonymousRequests(IEnumerable<string> cookiesThatChangeNothing)
{
    readonly HashSet<string> harmless = new(cookiesThatChangeNothing, StringComparer.Ordinal);

    /// <summary>Any cookie at all makes a request personal: for an API, which never sets one.</summary>
    public static AnonymousRequests WithoutCookies { get; } = new([]);

    public bool Are(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0 || context.User.Identity?.IsAuthenticated == true) return false;
        if (request.Headers.Cookie.Count == 0) return true;
        foreach (var (name, _) in request.Cookies)
        {
            if (!harmless.Contains(name)) return false;
        }
        return true;
    }
}
