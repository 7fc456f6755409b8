using NatoAspire.Gateway;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

app.UseGateway();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.MapUnknownApiPaths();

await app.RunAsync();

public partial class Program;
