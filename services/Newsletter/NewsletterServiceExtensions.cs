using MassTransit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using NatoAspire.Messaging;
using NatoAspire.Newsletter.Accounts;
using NatoAspire.Newsletter.Data;
using NatoAspire.Newsletter.Issues;
using NatoAspire.Newsletter.Privacy;
using NatoAspire.Newsletter.Subscriptions;
using NatoAspire.Newsletter.Unsubscribing;
using NatoAspire.Newsletter.Localization;

namespace NatoAspire.Newsletter;

public static class NewsletterServiceExtensions
{
    public static IHostApplicationBuilder AddNewsletterServices(this IHostApplicationBuilder builder)
    {
        // The French of this service's problem messages (Localization/ProblemMessages.fr.resx).
        builder.Services.AddProblemMessages<ProblemMessages>();
        builder.AddNpgsqlDbContext<NewsletterDbContext>(NewsletterDbContext.ConnectionName);
        // Publishes through the outbox; consumes AccountDeleted (Privacy/) and EmailChanged (Subscriptions/).
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<SubscriberErasureConsumer>();
            bus.AddConsumer<SubscriberAddressConsumer>();
        });
        builder.AddOutboxRelay<NewsletterDbContext>();
        builder.AddIdentityTokenAuthentication();

        builder.Services.AddOptions<NewsletterOptions>()
            .BindConfiguration(NewsletterOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
            new UnsubscribeTokens(services.GetRequiredService<IOptions<NewsletterOptions>>().Value.UnsubscribeKey));
        builder.Services.AddSingleton<UnsubscribeLinks>();
        builder.Services.AddSingleton<NewsletterMetrics>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, VerifiedAccountProblemHandler>();
        builder.Services.AddScoped<SubscriptionStore>();
        builder.Services.AddScoped<IssuePublisher>();
        return builder;
    }

    public static WebApplication MapNewsletterEndpoints(this WebApplication app)
    {
        app.MapSubscriptionEndpoints();
        app.MapOneClickUnsubscribeEndpoints();
        app.MapIssueEndpoints();
        app.MapSubscriberExport();
        return app;
    }
}
