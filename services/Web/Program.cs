using NatoAspire.Web;
using NatoAspire.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortal();

var app = builder.Build();

app.UsePortalSecurity();
app.MapDefaultEndpoints();
app.UsePortal();

await app.RunAsync();

public partial class Program;
