using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What a language-bound answer says about itself: the language it is in, and that another <c>Accept-Language</c>
/// may get another answer (for browsers and CDNs; a shared cache varies by <see cref="RequestLanguage"/>).
/// Problems, the catalogue's answers and the unsubscribe pages all say it this one way.
/// </summary>
public static class ContentLanguage
{
    public static void Set(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
    }
}
