using Microsoft.Net.Http.Headers;

namespace NatoAspire.MediaCatalog.Localization;

/// <summary>
/// What a language-bound answer says about itself: the language it is in, and that another <c>Accept-Language</c>
/// may get another answer (for browsers and CDNs; the shared cache varies by <see cref="RequestLanguage"/>).
/// </summary>
public static class ContentLanguage
{
    public static void Set(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }
}
