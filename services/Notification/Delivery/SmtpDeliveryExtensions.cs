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
                    options.Port = server.Port;
                }
            });
        builder.Services.AddSingleton<SmtpSender>();
        builder.Services.AddHealthChecks().AddCheck<SmtpHealthCheck>("smtp", tags: ["ready"]);
        return builder;
    }
}
