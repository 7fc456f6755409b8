using Microsoft.Extensions.Options;

namespace NatoAspire.Notification.Delivery;

public static class SmtpDeliveryExtensions
{
    public static IHostApplicationBuilder AddSmtpDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>()
            .BindConfiguration(SmtpOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (configuration.GetConnectionString(SmtpOptions.ConnectionName) is { Length: > 0 } connectionString)
                {
                    var server = new Uri(connectionString);
                    options.Host = server.Host;
                    if (!server.IsDefaultPort) options.Port = server.Port;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The connection string lives outside the section: reload the options when any configuration changes.
        builder.Services.AddSingleton<IOptionsChangeTokenSource<SmtpOptions>>(
            new ConfigurationChangeTokenSource<SmtpOptions>(builder.Configuration));
        builder.Services.AddSingleton<NotificationTelemetry>();
        builder.Services.AddSingleton<SmtpSender>();
        builder.Services.AddScoped<DeliveryLog>();
        builder.Services.AddScoped<Mailer>();
        builder.Services.AddScoped<DeliveryLogErasure>();
        builder.Services.AddHealthChecks().AddCheck<SmtpHealthCheck>("smtp", tags: ["ready"]);
        return builder;
    }
}
