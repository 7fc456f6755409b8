using Microsoft.Net.Http.Headers;

namespace NatoAspire.MediaCatalog.Localization;

/// <summary>
/// The language a request asks the catalogue for (CONTRACT §7): the first of its <c>Accept-Language</c> ranges, by
/// quality, that the portal speaks ("fr-CA" is French), else English. One code per language, so that the cache keeps
/// one entry for every way of asking for French.
/// </summary>
public static class RequestedLanguage
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
