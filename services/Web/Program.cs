var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddRazorPages();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseStaticFiles();
app.MapRazorPages();

await app.RunAsync();

public partial class Program;
