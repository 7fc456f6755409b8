using NatoAspire.MediaCatalog.Data;
using NatoAspire.Messaging;

namespace NatoAspire.MediaCatalog;

public static class MediaCatalogServiceExtensions
{
    public static IHostApplicationBuilder AddMediaCatalogServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<CatalogDbContext>(CatalogDbContext.ConnectionName);
        builder.AddMessaging();
        builder.AddOutboxRelay<CatalogDbContext>();
        return builder;
    }
}
