using NatoAspire.Messaging.FailedMessages;
using NatoAspire.Notification;
using NatoAspire.Notification.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapFailedMessageEndpoints();

await app.MigrateDatabaseAsync<NotificationDbContext>();
await app.RunAsync();

public partial class Program;
