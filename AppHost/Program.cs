using NatoAspire.AppHost;
using NatoAspire.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Servers as containers where Docker answers, as local processes from Debian's packages where it does not.
// Either way the services receive the same connection strings and never learn which mode they run in.
var infrastructure = InfrastructureSelection.Resolve(builder.Configuration) == InfrastructureMode.Containers
    ? builder.AddContainerInfrastructure()
    : builder.AddLocalInfrastructure();

var adminPassword = builder.AddParameter("admin-password", secret: true);
var codeHmacKey = builder.AddParameter("code-hmac-key", secret: true);

var identity = builder.AddProject<Projects.Identity>("identity")
    .WithHttpEndpoint()
    .WithReference(infrastructure.IdentityDb)
    .WithReference(infrastructure.Redis)
    .WithReference(infrastructure.Messaging)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithEnvironment("Codes__HmacKey", codeHmacKey)
    .WaitForInfrastructure(infrastructure)
    .WithHttpHealthCheck("/health");

var notification = builder.AddProject<Projects.Notification>("notification")
    .WithHttpEndpoint()
    .WithReference(infrastructure.NotificationDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(infrastructure.Smtp)
    .WaitForInfrastructure(infrastructure)
    .WithHttpHealthCheck("/health");

var newsletter = builder.AddProject<Projects.Newsletter>("newsletter")
    .WithHttpEndpoint()
    .WithReference(infrastructure.NewsletterDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(identity)
    .WaitForInfrastructure(infrastructure)
    .WithHttpHealthCheck("/health");

var mediaCatalog = builder.AddProject<Projects.MediaCatalog>("media-catalog")
    .WithHttpEndpoint()
    .WithReference(infrastructure.CatalogDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(identity)
    .WithEnvironment("Media__StoragePath", infrastructure.MediaStoragePath)
    .WaitForInfrastructure(infrastructure)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: PublicPorts.Gateway(builder.Configuration))
    .WithReference(identity).WaitFor(identity)
    .WithReference(notification).WaitFor(notification)
    .WithReference(newsletter).WaitFor(newsletter)
    .WithReference(mediaCatalog).WaitFor(mediaCatalog)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
