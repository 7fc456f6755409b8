using NatoAspire.AppHost;
using NatoAspire.AppHost.Infrastructure;
using NatoAspire.AppHost.Scale;
using NatoAspire.AppHost.Supervision;

var builder = DistributedApplication.CreateBuilder(args);

// Servers as containers where Docker answers, as local processes from Debian's packages where it does not.
// Either way the services receive the same connection strings and never learn which mode they run in.
// A service starts once the servers it needs answer: its database, the broker, and Redis for identity. RabbitMQ's
// boot is the longest (5 s alone, 25–35 s when six .NET processes start beside it on two cores), so every project
// starts after it — web and the gateway too, which need no server to start — instead of taking the CPU its boot
// needs. SMTP boots alongside, and notification reports healthy only once it reaches it.
var infrastructure = InfrastructureSelection.Resolve(builder.Configuration) == InfrastructureMode.Containers
    ? builder.AddContainerInfrastructure()
    : builder.AddLocalInfrastructure();

var adminPassword = builder.AddParameter("admin-password", secret: true);
var codeHmacKey = builder.AddParameter("code-hmac-key", secret: true);
var unsubscribeKey = builder.AddParameter("newsletter-unsubscribe-key", secret: true);

var identity = builder.AddProject<Projects.Identity>("identity")
    .WithConfiguredReplicas(builder.Configuration)
    .WithHttpEndpoint()
    .WithReference(infrastructure.IdentityDb)
    .WithReference(infrastructure.Redis)
    .WithReference(infrastructure.Messaging)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithEnvironment("Codes__HmacKey", codeHmacKey)
    .WaitFor(infrastructure.PostgresServer)
    .WaitFor(infrastructure.RedisServer)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

var notification = builder.AddProject<Projects.Notification>("notification")
    .WithConfiguredReplicas(builder.Configuration)
    .WithHttpEndpoint()
    .WithReference(infrastructure.NotificationDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(infrastructure.Smtp)
    .WaitFor(infrastructure.PostgresServer)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

var newsletter = builder.AddProject<Projects.Newsletter>("newsletter")
    .WithConfiguredReplicas(builder.Configuration)
    .WithHttpEndpoint()
    .WithReference(infrastructure.NewsletterDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(identity)
    .WithEnvironment("Newsletter__UnsubscribeKey", unsubscribeKey)
    .WaitFor(infrastructure.PostgresServer)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

var mediaCatalog = builder.AddProject<Projects.MediaCatalog>("media-catalog")
    .WithConfiguredReplicas(builder.Configuration)
    .WithHttpEndpoint()
    .WithReference(infrastructure.CatalogDb)
    .WithReference(infrastructure.Messaging)
    .WithReference(infrastructure.Redis)
    .WithReference(identity)
    .WithEnvironment("Media__StoragePath", infrastructure.MediaStoragePath)
    .WaitFor(infrastructure.PostgresServer)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

// The account export asks newsletter and media-catalog for their part, with the user's token (they reference identity
// back for its keys: references only hand out addresses, so the cycle is harmless; neither waits for the other).
identity.WithReference(newsletter).WithReference(mediaCatalog);

var web = builder.AddProject<Projects.Web>("web")
    .WithConfiguredReplicas(builder.Configuration)
    .WithHttpEndpoint()
    .WithReference(infrastructure.Redis)
    .WithReference(identity)
    .WithReference(newsletter)
    .WithReference(mediaCatalog)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

// The gateway starts alongside the services; its /health stays 503 until all four are healthy.
var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithHttpEndpoint(port: PublicPorts.Gateway(builder.Configuration))
    .WithExternalHttpEndpoints()
    .WithPortalLink()
    .WithReference(infrastructure.Redis)
    .WithReference(identity)
    .WithReference(notification)
    .WithReference(newsletter)
    .WithReference(mediaCatalog)
    .WithReference(web)
    .WithGatewayRateLimits(builder.Configuration)
    .WaitFor(infrastructure.BrokerServer)
    .WithHttpHealthCheck("/health");

identity.WithApiReferenceLink(gateway, "/api/account");
newsletter.WithApiReferenceLink(gateway, "/api/newsletter")
    .WithSendTestNewsletterCommand(gateway, adminPassword);
mediaCatalog.WithApiReferenceLink(gateway, "/api/media");
// Identity only publishes; these three consume, so they are the ones with _error queues.
notification.WithMoveFailedMessagesBackCommand();
newsletter.WithMoveFailedMessagesBackCommand();
mediaCatalog.WithMoveFailedMessagesBackCommand();

// Links in emails point at the gateway, the only public entry.
var publicBaseUrl = gateway.GetEndpoint("http");
notification.WithEnvironment("Portal__PublicBaseUrl", publicBaseUrl);
newsletter.WithEnvironment("Newsletter__PublicBaseUrl", publicBaseUrl);
// Passkeys are bound to the origin the browser sees, the gateway's (its host is the relying party id).
identity.WithEnvironment("Passkeys__Origins__0", publicBaseUrl);

builder.RunProjectsInTheHostEnvironment();
builder.LaunchProjectsFromTheirBuildOutput();
builder.RestartCrashedProcesses();

builder.Build().Run();
