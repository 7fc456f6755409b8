using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NatoAspire.ServiceDefaults.Caching;

namespace NatoAspire.Web.Caching;

/// <summary>
/// The catalogue's pages (the list with its search and facets, a video's details) as an anonymous visitor sees them,
/// made once and served from the shared output cache in Redis to every visitor and every replica. An entry is keyed by
/// the page's address (path and whole query string: the language switch links back to it), its language, the build
/// that made it and the catalogue's generation, which media-catalog replaces at every change an admin makes: a change
/// shows on the very next page. A signed-in visitor's page is made for them, never stored, and says so to browsers.
/// </summary>
public static class CataloguePageCache
{
    const string Policy = "anonymous-catalogue-page";

    /// <summary>The pages built from the catalogue alone; the rest of the portal is forms or personal.</summary>
    static readonly string[] Pages = ["/Index", "/Videos/Details"];

    public static IHostApplicationBuilder AddCataloguePageCache(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CataloguePageCacheOptions>().BindConfiguration(CataloguePageCacheOptions.Section);
        builder.AddSharedOutputCache(
            services => services.GetRequiredService<IOptions<CataloguePageCacheOptions>>().Value.RedisInstanceName,
            AnonymousVisitor.Rule);
        builder.Services.AddOptions<OutputCacheOptions>().Configure<IOptions<CataloguePageCacheOptions>, PortalBuild>((cache, options, build) =>
            cache.AddPolicy(Policy, policy => policy
                .AddPolicy<AnonymousOnlyPolicy>()
                // After the anonymous check, so that a signed-in visitor's page costs no round trip for it.
                .AddPolicy<CatalogueGenerationPolicy>()
                .SetVaryByQuery("*")
                // The language the page is in, whichever way it was chosen (?lang, the cookie, Accept-Language).
                .VaryByValue(context => KeyValuePair.Create("language", LanguageOf(context)))
                .VaryByValue("build", build.Id)
                // Links are paths: every replica, whatever address the gateway reached it at, shares the pages.
                .SetVaryByHost(false)
                .Expire(options.Value.TimeToLive)));
        return builder;
    }

    /// <summary>Marks <see cref="Pages"/> as served from the cache.</summary>
    public static PageConventionCollection CacheCataloguePages(this PageConventionCollection conventions)
    {
        foreach (var page in Pages)
        {
            conventions.AddPageApplicationModelConvention(page, model =>
            {
                model.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy });
                model.EndpointMetadata.Add(new SharedCacheAnswer());
            });
        }
        return conventions;
    }

    /// <summary>After routing and localization: the policy is the page's, and the key needs the page's language.</summary>
    public static IApplicationBuilder UseCataloguePageCache(this IApplicationBuilder app)
    {
        app.UseSharedOutputCache();
        app.UseMiddleware<PersonalCataloguePages>();
        return app;
    }

    static string LanguageOf(HttpContext context) => PortalLanguages.Of(
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture);
}
