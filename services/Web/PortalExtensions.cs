using NatoAspire.Web.Apis;
using NatoAspire.Web.Caching;
using NatoAspire.Web.Downloads;
using NatoAspire.Web.KeyRing;
using NatoAspire.Web.Localization;
using NatoAspire.Web.Session;

namespace NatoAspire.Web;

public static class PortalExtensions
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.Conventions
                .AuthorizePage("/Account/Index").AuthorizeFolder("/Account/Security")
                .CacheCataloguePages())
            .AddViewLocalization();
        builder.Services.AddPortalLocalization();
        builder.Services.AddPortalApis(builder.Configuration);
        builder.AddSharedKeyRing();
        builder.AddCataloguePageCache();
        builder.Services.AddPortalSession();
        // The gateway says which scheme, host and address the browser used, so that the session cookie is Secure
        // and HSTS is sent over https; believed only from the proxies named in Web:ForwardedHeaders (none by default).
        builder.Services.TrustForwardedHeadersFrom("Web:ForwardedHeaders");
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>
    /// HTML error pages for people: registered after the service defaults' problem+json handlers, so that
    /// they sit inside them and answer first; the defaults remain the last resort.
    /// </summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        // First, so that the error and status pages inside it speak the visitor's language too.
        app.UsePortalLocalization();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        // Authentication already ran in MapDefaultEndpoints; authorization needs the endpoint that routing just chose.
        app.UseAuthorization();
        app.UseCataloguePageCache();
        app.MapRazorPages();
        app.MapDownloads();
        app.MapLanguageSwitch();
        return app;
    }
}
