using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace NatoAspire.Web.Localization;

/// <summary>
/// How a page picks its language (CONTRACT §7): <c>?lang=</c> first, then the cookie the language switch sets, then
/// the browser's <c>Accept-Language</c>, then English. Only the languages of <see cref="PortalLanguages"/>.
/// </summary>
public static class PortalLocalization
{
    public const string QueryKey = "lang";

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // French is mostly letters beyond ASCII: written as they are, not as numeric entities (what must be escaped still is).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(PortalLanguages.Default);
            options.SupportedCultures = [.. PortalLanguages.Cultures];
            options.SupportedUICultures = [.. PortalLanguages.Cultures];
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Sets the request's culture; a <c>?lang=</c> naming a language the portal speaks is also remembered.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            if (context.Request.Query[QueryKey] is [{ } language] && PortalLanguages.IsSupported(language))
                LanguageCookie.Remember(context, PortalLanguages.Normalize(language));
            return next(context);
        });
    }
}
