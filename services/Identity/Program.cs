using NatoAspire.Identity;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Startup;
using NatoAspire.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();
builder.AddPublicApiDocument("NatoAspire account API");

var app = builder.Build();
// Before migrations and the admin seed, so that a known admin password never reaches the database.
app.RefuseDevelopmentSecretsOutsideDevelopment();

app.MapDefaultEndpoints();
app.UseAccountApi();
app.MapAccountApi();
app.MapPublicApiDocument("/api/account");

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.InitialiseIdentityAsync();
await app.RunAsync();

public partial class Program;
