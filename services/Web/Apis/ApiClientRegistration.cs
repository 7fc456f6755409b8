using Microsoft.Extensions.Options;

namespace NatoAspire.Web.Apis;

public static class ApiClientRegistration
{
    public static IServiceCollection AddPortalApis(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiAddresses>(configuration.GetSection(ApiAddresses.Section));
        services.AddTransient<AcceptLanguageHandler>();
        services.AddHttpClient<IdentityApi>((provider, http) => Configure(provider, http, a => a.Identity)).AddHttpMessageHandler<AcceptLanguageHandler>().WithoutRetries();
        services.AddHttpClient<NewsletterApi>((provider, http) => Configure(provider, http, a => a.Newsletter)).AddHttpMessageHandler<AcceptLanguageHandler>().WithoutRetries();
        services.AddHttpClient<MediaCatalogApi>((provider, http) => Configure(provider, http, a => a.MediaCatalog)).AddHttpMessageHandler<AcceptLanguageHandler>().WithoutRetries();
        services.AddHttpClient<PasskeyApi>((provider, http) => Configure(provider, http, a => a.Identity)).AddHttpMessageHandler<AcceptLanguageHandler>().WithoutRetries();
        return services;
    }

    static void Configure(IServiceProvider provider, HttpClient http, Func<ApiAddresses, Uri> address)
    {
        var addresses = provider.GetRequiredService<IOptions<ApiAddresses>>().Value;
        http.BaseAddress = address(addresses);
        http.Timeout = addresses.Timeout;
    }

    // The default resilience handler retries 429s and POSTs: a page must show a rate limit at once,
    // and a registration or a code must never be sent twice.
#pragma warning disable EXTEXP0001 // Evaluation-only API: the supported way to undo a default handler for chosen clients.
    static IHttpClientBuilder WithoutRetries(this IHttpClientBuilder builder) => builder.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
}
