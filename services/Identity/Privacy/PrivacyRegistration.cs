using Microsoft.Extensions.Options;

namespace NatoAspire.Identity.Privacy;

static class PrivacyRegistration
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Privacy:Timeout must be positive.");
        services.AddHttpClient(OtherServicesData.NewsletterClient, (provider, http) => Configure(provider, http, o => o.Newsletter)).WithoutRetries();
        services.AddHttpClient(OtherServicesData.MediaCatalogClient, (provider, http) => Configure(provider, http, o => o.MediaCatalog)).WithoutRetries();
        services.AddSingleton<OtherServicesData>();
        services.AddScoped<AccountExport>();
        services.AddScoped<AccountEraser>();
        return services;
    }

    static void Configure(IServiceProvider provider, HttpClient http, Func<PrivacyOptions, Uri> address)
    {
        var options = provider.GetRequiredService<IOptions<PrivacyOptions>>().Value;
        http.BaseAddress = address(options);
        http.Timeout = options.Timeout;
    }

    // The default resilience handler would retry a service that is down for half a minute; the export answers 503 at
    // once instead, and the owner tries again (the page says so).
#pragma warning disable EXTEXP0001 // Evaluation-only API: the supported way to undo a default handler for chosen clients.
    static IHttpClientBuilder WithoutRetries(this IHttpClientBuilder builder) => builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
}
