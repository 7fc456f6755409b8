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
    IResourceBuilder<IResource> PostgresServer,
    IResourceBuilder<IResource> RedisServer,
    IResourceBuilder<IResource> BrokerServer,
    string MediaStoragePath);
