namespace NatoAspire.Web.Security;

/// <summary>
/// The /account pages show personal data and carry form tokens: no browser or shared cache may keep them
/// (a back button on a shared computer, a proxy in between).
/// </summary>
static class NoStoreForAccountPages
{
    public static readonly PathString AccountPages = "/account";

    public static IApplicationBuilder UseNoStoreForAccountPages(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(AccountPages, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
        }
        return next(context);
    });
}
