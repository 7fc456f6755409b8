using NatoAspire.MediaCatalog;
using NatoAspire.MediaCatalog.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddMediaCatalogServices();

var app = builder.Build();

app.MapDefaultEndpoints();

await app.MigrateDatabaseAsync<CatalogDbContext>();
await app.RunAsync();

public partial class Program;
