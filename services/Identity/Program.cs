using NatoAspire.Identity;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAccountApi();
app.MapAccountApi();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.InitialiseIdentityAsync();
await app.RunAsync();

public partial class Program;
