namespace NatoAspire.Web.Security;

public static class PortalSecurity
{
    /// <summary>
    /// First in the pipeline: everything after it, authentication included (it picks the session cookie's name
    /// by scheme), sees the scheme and address the gateway reported, and every answer gets the security headers.
    /// </summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Only over https (the middleware checks), and never in Development, where a browser would remember it for localhost.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseNoStoreForAccountPages();
        return app;
    }
}
