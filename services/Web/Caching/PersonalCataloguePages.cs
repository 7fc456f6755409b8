using NatoAspire.ServiceDefaults.Caching;

namespace NatoAspire.Web.Caching;

/// <summary>
/// What browsers and CDNs are told about a catalogue page: it varies by language and by cookie (the session's among
/// them), and a signed-in visitor's page (their account in the header, download buttons) is
/// <c>private, no-store</c>: no cache anywhere keeps it, and it carries no ETag. Anonymous pages get their
/// <c>public, no-cache</c> and ETag outside this, from the shared cache's ETag (ServiceDefaults/Caching).
/// </summary>
sealed class PersonalCataloguePages(RequestDelegate next, AnonymousRequests anonymous)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SharedCacheAnswer>() is not null)
        {
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            if (!anonymous.Are(context)) context.Response.Headers.CacheControl = "private, no-store";
        }
        return next(context);
    }
}
