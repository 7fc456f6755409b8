using NatoAspire.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortal();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UsePortal();

await app.RunAsync();

public partial class Program;
