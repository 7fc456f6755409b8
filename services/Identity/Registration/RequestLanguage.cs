using Microsoft.Net.Http.Headers;

namespace NatoAspire.Identity.Registration;

/// <summary>The language a request asks for by its Accept-Language header when its body names none (CONTRACT §7).</summary>
public static class RequestLanguage
{
    /// <summary>The most preferred language of the header that the portal speaks, else <see cref="PortalLanguages.Default"/>.</summary>
    public static string Of(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(PortalLanguages.IsSupported);
        return PortalLanguages.Normalize(preferred);
    }
}
