using MassTransit;
using NatoAspire.MediaCatalog.Browsing;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Details;
using NatoAspire.MediaCatalog.Downloads;
using NatoAspire.MediaCatalog.History;
using NatoAspire.MediaCatalog.Preview;
using NatoAspire.MediaCatalog.Probing;
using NatoAspire.MediaCatalog.Publishing;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Storage;
using NatoAspire.MediaCatalog.Thumbnails;
using NatoAspire.Messaging;
using NatoAspire.MediaCatalog.Localization;

namespace NatoAspire.MediaCatalog;

public static class MediaCatalogServiceExtensions
{
    public static IHostApplicationBuilder AddMediaCatalogServices(this IHostApplicationBuilder builder)
    {
        // The French of this service's problem messages (Localization/ProblemMessages.fr.resx).
        builder.Services.AddProblemMessages<ProblemMessages>();
        builder.AddNpgsqlDbContext<CatalogDbContext>(CatalogDbContext.ConnectionName);
        builder.AddMessaging(bus => bus.AddConsumer<DownloadHistoryAnonymisationConsumer>());
        builder.AddOutboxRelay<CatalogDbContext>();
        builder.AddIdentityTokenAuthentication();
        builder.AddCatalogueCache();

        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        builder.Services.AddSingleton<IMediaStorage, LocalFolderStorage>();
        builder.Services.AddSingleton<DownloadMetrics>();
        builder.Services.AddScoped<DownloadRecorder>();
        builder.Services.AddSingleton<SampleVideoRenderer>();
        builder.Services.AddSingleton<MediaProbe>();
        builder.Services.AddScoped<CatalogueSeeder>();
        builder.Services.AddSingleton<CatalogueReadiness>();
        builder.Services.AddHealthChecks().AddCheck<CatalogueReadiness>("sample-catalogue");
        return builder;
    }

    public static IEndpointRouteBuilder MapMediaCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/media/videos")
            .MapListVideos()
            .MapGetVideo()
            .MapThumbnail()
            .MapPreview()
            .MapCaptions()
            .MapDownloadFile()
            .MapDownloadLinkCreation()
            .MapCreateVideo()
            .MapUploadFile();
        app.MapDownloadLinks();
        app.MapMyDownloads();
        return app;
    }
}
