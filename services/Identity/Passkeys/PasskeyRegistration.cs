using Fido2NetLib;
using Microsoft.Extensions.Options;

namespace NatoAspire.Identity.Passkeys;

public static class PasskeyRegistration
{
    public static IServiceCollection AddPasskeys(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<PasskeyOptions>().BindConfiguration(PasskeyOptions.Section)
            .PostConfigure(o =>
            {
                // The contract's default public address (the gateway's port 8080); the AppHost passes the real one.
                if (o.Origins.Count == 0 && environment.IsDevelopment()) o.Origins.Add("http://localhost:8080");
            })
            .Validate(o => o.Origins.Count > 0 && o.Origins.All(origin => Uri.TryCreate(origin, UriKind.Absolute, out _)),
                "Passkeys:Origins must name the portal's public origin (for example https://portal.example.org).")
            .Validate(o => o.CeremonyLifetime > TimeSpan.Zero && o.MaxPerAccount >= 1,
                "Passkeys:CeremonyLifetime must be positive and Passkeys:MaxPerAccount at least 1.")
            .ValidateOnStart();
        services.AddSingleton<IFido2>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PasskeyOptions>>().Value;
            return new Fido2(new Fido2Configuration
            {
                RPID = options.RelyingPartyId,
                RPName = options.ServerName,
                Origins = new HashSet<string>(options.Origins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase),
                Timeout = (uint)options.CeremonyLifetime.TotalMilliseconds,
            });
        });
        services.AddSingleton<PasskeyCeremonies>();
        services.AddScoped<PasskeyRegistrar>();
        services.AddScoped<PasskeySignIn>();
        return services;
    }
}
