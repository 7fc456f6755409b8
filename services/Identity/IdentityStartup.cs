using NatoAspire.Identity.Admin;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Tokens;

namespace NatoAspire.Identity;

public static class IdentityStartup
{
    /// <summary>Loads (or creates) the signing key and seeds the admin, before the service takes requests.</summary>
    public static async Task InitialiseIdentityAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<SigningKeyRing>()
            .LoadOrCreateAsync(services.GetRequiredService<IdentityDbContext>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
        await services.GetRequiredService<AdminAccountSeeder>().SeedAsync(cancellationToken);
    }
}
