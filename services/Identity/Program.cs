using NatoAspire.Identity;
using NatoAspire.Identity.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.MapDefaultEndpoints();

await app.MigrateDatabaseAsync<IdentityDbContext>();
await app.RunAsync();

public partial class Program;
