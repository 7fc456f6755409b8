using NatoAspire.MediaCatalog;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.Messaging.FailedMessages;
using NatoAspire.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaCatalogServices();
builder.AddPublicApiDocument("NatoAspire media catalogue API");

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseCatalogueCache();
app.MapMediaCatalogApi();
app.MapFailedMessageEndpoints();
app.MapPublicApiDocument("/api/media");

await app.MigrateDatabaseAsync<CatalogDbContext>();
// Under an advisory lock: replicas starting together on a fresh database seed it once, one after another.
await app.RunOnceAtStartAsync<CatalogDbContext>("sample-catalogue", (_, cancellationToken) => app.SeedSampleCatalogueAsync(cancellationToken));
await app.EvictCachedCatalogueAsync();
await app.RunAsync();

public partial class Program;
