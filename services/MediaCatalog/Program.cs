using NatoAspire.MediaCatalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaCatalogServices();
builder.AddPublicApiDocument("NatoAspire media catalogue API");

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapMediaCatalogApi();
app.MapPublicApiDocument("/api/media");

await app.MigrateDatabaseAsync<CatalogDbContext>();
await app.SeedSampleCatalogueAsync();
await app.RunAsync();

public partial class Program;
