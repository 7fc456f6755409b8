using NatoAspire.MediaCatalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaCatalogServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapMediaCatalogApi();

await app.MigrateDatabaseAsync<CatalogDbContext>();
await app.SeedSampleCatalogueAsync();
await app.RunAsync();

public partial class Program;
