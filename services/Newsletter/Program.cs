using NatoAspire.Messaging.FailedMessages;
using NatoAspire.Newsletter;
using NatoAspire.Newsletter.Data;
using NatoAspire.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNewsletterServices();
builder.AddPublicApiDocument("NatoAspire newsletter API");

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapNewsletterEndpoints();
app.MapFailedMessageEndpoints();
app.MapPublicApiDocument("/api/newsletter");

await app.MigrateDatabaseAsync<NewsletterDbContext>();
await app.RunAsync();

public partial class Program;
