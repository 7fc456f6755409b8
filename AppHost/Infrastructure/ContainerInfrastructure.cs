namespace NatoAspire.AppHost.Infrastructure;

/// <summary>The usual Aspire integrations, for machines where a container runtime answers.</summary>
static class ContainerInfrastructure
{
    public static InfrastructureResources AddContainerInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres").WithDataVolume("natoaspire-postgres");
        var redis = builder.AddRedis("redis");
        var messaging = builder.AddRabbitMQ("messaging").WithDataVolume("natoaspire-rabbitmq");
        var mailbox = builder.AddContainer("mailbox", "rnwood/smtp4dev", "3.15.0")
            .WithHttpEndpoint(port: PublicPorts.Mailbox(builder.Configuration), targetPort: 80, name: "http")
            .WithEndpoint(targetPort: 25, name: "smtp", scheme: "tcp")
            .WithHttpHealthCheck("/api/server");
        var smtpEndpoint = mailbox.GetEndpoint("smtp");
        var smtp = builder.AddConnectionString("smtp",
            ReferenceExpression.Create($"smtp://{smtpEndpoint.Property(EndpointProperty.Host)}:{smtpEndpoint.Property(EndpointProperty.Port)}"));

        return new InfrastructureResources(
            postgres.AddDatabase("identitydb"),
            postgres.AddDatabase("notificationdb"),
            postgres.AddDatabase("newsletterdb"),
            postgres.AddDatabase("catalogdb"),
            redis,
            messaging,
            smtp,
            postgres, redis, messaging,
            DataFolders.Media(builder));
    }
}
