using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The portal language an API request asks for with <c>Accept-Language</c> (CONTRACT §7): the first of its languages,
/// by quality, that the portal speaks ("fr-CA" is French); English when it names none of them. One code per language,
/// so that a cache keeps one entry for every way of asking for French. The header is parsed by ASP.NET Core.
/// </summary>
public static class RequestLanguage
{
    public static string Of(HttpRequest request)
    {
        var ranges = request.GetTypedHeaders().AcceptLanguage;
        if (ranges.Count == 0) return PortalLanguages.Default;
        // As ASP.NET Core's AcceptLanguageHeaderRequestCultureProvider orders them: highest quality first, ties in
        // the order sent; q=0 means "not this one".
        return ranges
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range, StringWithQualityHeaderValueComparer.QualityComparer)
            .Select(range => range.Value.Value)
            .FirstOrDefault(PortalLanguages.IsSupported) is { } language
            ? PortalLanguages.Normalize(language)
            : PortalLanguages.Default;
    }
}
