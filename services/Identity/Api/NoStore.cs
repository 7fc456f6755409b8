namespace NatoAspire.Identity.Api;

/// <summary>
/// Account answers carry tokens (login, refresh, password/verify-code) or personal data (me, sessions, export):
/// no browser or shared cache may keep one (docs/contract.md §3). Set before the handler runs, so that its errors carry it too.
/// </summary>
static class NoStore
{
    public static RouteGroupBuilder WithNoStore(this RouteGroupBuilder group) => group.AddEndpointFilter((context, next) =>
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return next(context);
    });
}
