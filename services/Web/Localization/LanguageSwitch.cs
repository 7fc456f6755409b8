using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using NatoAspire.Web.Navigation;

namespace NatoAspire.Web.Localization;

/// <summary>
/// The switch on every page: a plain link (no JavaScript) to <c>/language/fr?returnUrl=…</c>, which remembers the
/// language and goes back to the page, only ever a page of this site (<see cref="LocalReturnUrl"/>).
/// </summary>
public static class LanguageSwitch
{
    public static string LinkTo(string language, HttpContext context) =>
        $"/language/{language}?returnUrl={Uri.EscapeDataString(CurrentPage(context))}";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{language}", (string language, string? returnUrl, HttpContext context) =>
        {
            if (!PortalLanguages.IsSupported(language)) return Results.NotFound();
            LanguageCookie.Remember(context, PortalLanguages.Normalize(language));
            return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
        });
        return app;
    }

    /// <summary>The page the visitor sees (the original one under a status page), without a <c>lang</c> that would undo the choice.</summary>
    static string CurrentPage(HttpContext context)
    {
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>();
        var path = reExecuted is null ? $"{context.Request.PathBase}{context.Request.Path}" : reExecuted.OriginalPathBase + reExecuted.OriginalPath;
        var query = reExecuted is null ? context.Request.QueryString.Value : reExecuted.OriginalQueryString;
        var kept = new QueryBuilder(
            QueryHelpers.ParseQuery(query)
                .Where(pair => !string.Equals(pair.Key, PortalLocalization.QueryKey, StringComparison.OrdinalIgnoreCase))
                .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? ""))));
        return LocalReturnUrl.OrHome(path + kept.ToQueryString());
    }
}
