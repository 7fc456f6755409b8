namespace NatoAspire.Web.Security;

/// <summary>
/// Headers every answer of the portal carries (docs/contract.md §3). The pages use no inline script or style and
/// load everything from their own origin (the gateway's: the catalogue's thumbnails, previews and
/// captions are under /api/media), so the policy allows only 'self' and can never be framed.
/// </summary>
static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // Links to other sites carry no path or query of ours (a query can hold an address).
    public const string ReferrerPolicy = "same-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            // For browsers older than frame-ancestors; antiforgery would otherwise say SAMEORIGIN.
            headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
