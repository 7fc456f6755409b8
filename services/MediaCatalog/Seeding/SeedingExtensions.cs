namespace NatoAspire.MediaCatalog.Seeding;

public static class SeedingExtensions
{
    /// <summary>Runs before the service starts listening, like the migrations: a healthy service has its sample catalogue.</summary>
    public static async Task SeedSampleCatalogueAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueSeeder>().SeedAsync(cancellationToken);
        }
        app.Services.GetRequiredService<CatalogueReadiness>().MarkReady();
    }
}
