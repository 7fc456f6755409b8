using NatoAspire.Newsletter;
using NatoAspire.Newsletter.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNewsletterServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapNewsletterEndpoints();

await app.MigrateDatabaseAsync<NewsletterDbContext>();
await app.RunAsync();

public partial class Program;
