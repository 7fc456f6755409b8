using MassTransit;
using NatoAspire.Messaging;
using NatoAspire.Newsletter.Data;

namespace NatoAspire.Newsletter;

public static class NewsletterServiceExtensions
{
    public static IHostApplicationBuilder AddNewsletterServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<NewsletterDbContext>(NewsletterDbContext.ConnectionName);
        builder.AddMessaging(bus => bus.AddConsumers(typeof(NewsletterServiceExtensions).Assembly));
        builder.AddOutboxRelay<NewsletterDbContext>();
        return builder;
    }
}
