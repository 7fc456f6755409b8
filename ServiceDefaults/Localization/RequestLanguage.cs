using Microsoft.AspNetCore.Http;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The portal language an API request asks for with <c>Accept-Language</c> (CONTRACT §7): the first of its languages,
/// by quality, that the portal speaks; English when it names none of them. The header is parsed by ASP.NET Core.
/// </summary>
public static class RequestLanguage
{
    public static string Of(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage;
        // OrderByDescending is stable: languages of equal quality keep the order the client gave them.
        foreach (var language in accepted.OrderByDescending(l => l.Quality ?? 1))
        {
            if (language.Quality is 0) continue;
            if (PortalLanguages.IsSupported(language.Value.Value)) return PortalLanguages.Normalize(language.Value.Value);
        }
        return PortalLanguages.Default;
    }
}
