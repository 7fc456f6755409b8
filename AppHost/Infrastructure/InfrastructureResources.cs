namespace NatoAspire.AppHost.Infrastructure;

/// <summary>What the services are given, whichever mode started the servers.</summary>
sealed record InfrastructureResources(
    IResourceBuilder<IResourceWithConnectionString> IdentityDb,
    IResourceBuilder<IResourceWithConnectionString> NotificationDb,
    IResourceBuilder<IResourceWithConnectionString> NewsletterDb,
    IResourceBuilder<IResourceWithConnectionString> CatalogDb,
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<IResourceWithConnectionString> Smtp,
    IReadOnlyList<IResourceBuilder<IResource>> Servers,
    string MediaStoragePath);

static class InfrastructureResourcesExtensions
{
    /// <summary>A service starts only once every server is healthy.</summary>
    public static IResourceBuilder<T> WaitForInfrastructure<T>(this IResourceBuilder<T> service, InfrastructureResources infrastructure)
        where T : IResourceWithWaitSupport
    {
        foreach (var server in infrastructure.Servers) service.WaitFor(server);
        return service;
    }
}
