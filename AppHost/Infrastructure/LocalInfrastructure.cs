using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NatoAspire.LocalInfrastructure;

namespace NatoAspire.AppHost.Infrastructure;

/// <summary>
/// The same servers as executable resources from Debian's packages, for machines without a container
/// runtime. No container resource may be declared here: without Docker it would never become healthy.
/// </summary>
static class LocalInfrastructure
{
    public static InfrastructureResources AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var root = DataFolders.Root(builder);
        var ports = LocalPorts.From(builder.Configuration);

        var postgresData = Path.Combine(root, "postgres");
        if (!LocalServers.PostgresClusterExists(postgresData))
            LocalServerProcess.RunToCompletion(LocalServers.PostgresInitDb(postgresData), TimeSpan.FromMinutes(2));

        string[] databases = ["identitydb", "notificationdb", "newsletterdb", "catalogdb"];
        var postgres = builder.AddLocalServer("postgres-server", LocalServers.Postgres(postgresData, ports.Postgres), root)
            .WithReadinessProbe(cancellation => ReadinessProbes.PostgresAsync(ports.Postgres, databases, cancellation));
        var redis = builder.AddLocalServer("redis-server", LocalServers.Redis(ports.Redis), root)
            .WithReadinessProbe(cancellation => ReadinessProbes.TcpAsync(ports.Redis, cancellation));
        var rabbitMq = builder.AddLocalServer("rabbitmq-server", LocalServers.RabbitMq(Path.Combine(root, "rabbitmq"), ports.RabbitMq), root)
            .WithReadinessProbe(cancellation => ReadinessProbes.TcpAsync(ports.RabbitMq, cancellation));
        var mailbox = builder.AddLocalServer("mailbox", LocalServers.Smtp4Dev(ports.Smtp, ports.MailboxWeb), DataFolders.RepositoryRoot(builder))
            .WithHttpEndpoint(port: ports.MailboxWeb, targetPort: ports.MailboxWeb, isProxied: false)
            .WithReadinessProbe(cancellation => ReadinessProbes.HttpAsync(new Uri($"http://127.0.0.1:{ports.MailboxWeb}/api/server"), cancellation));

        var database = databases.ToDictionary(name => name, name => builder.AddFixedConnectionString(name, LocalServers.PostgresConnectionString(ports.Postgres, name)));
        return new InfrastructureResources(
            database["identitydb"], database["notificationdb"], database["newsletterdb"], database["catalogdb"],
            builder.AddFixedConnectionString("redis", LocalServers.RedisConnectionString(ports.Redis)),
            builder.AddFixedConnectionString("messaging", LocalServers.RabbitMqConnectionString(ports.RabbitMq)),
            builder.AddFixedConnectionString("smtp", LocalServers.SmtpConnectionString(ports.Smtp)),
            postgres, redis, rabbitMq, mailbox,
            DataFolders.Media(builder));
    }

    static IResourceBuilder<ExecutableResource> AddLocalServer(
        this IDistributedApplicationBuilder builder, string name, LocalServerCommand command, string workingDirectory)
    {
        var server = builder.AddExecutable(name, command.FileName, workingDirectory, [.. command.Arguments]);
        foreach (var (key, value) in command.Environment) server.WithEnvironment(key, value);
        return server;
    }

    static IResourceBuilder<IResourceWithConnectionString> AddFixedConnectionString(
        this IDistributedApplicationBuilder builder, string name, string connectionString) =>
        builder.AddConnectionString(name, expression => expression.AppendLiteral(connectionString));

    /// <summary>
    /// An executable is healthy once its probe succeeds; services WaitFor that. While a server is not ready, Aspire
    /// checks again after growing pauses (1, 2, 3, 4, then every 5 s), so a dependant would start up to 5 s after
    /// the server could serve it. The check therefore keeps probing, every 100 ms for up to
    /// <see cref="ProbeFor"/>, and answers as soon as the server is ready.
    /// </summary>
    static IResourceBuilder<ExecutableResource> WithReadinessProbe(
        this IResourceBuilder<ExecutableResource> server, Func<CancellationToken, Task<bool>> probe)
    {
        var checkName = $"{server.Resource.Name}-ready";
        server.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(checkName, async cancellation =>
        {
            var probing = System.Diagnostics.Stopwatch.StartNew();
            while (!await probe(cancellation))
            {
                if (probing.Elapsed >= ProbeFor) return HealthCheckResult.Unhealthy();
                await Task.Delay(ProbeInterval, cancellation);
            }
            return HealthCheckResult.Healthy();
        });
        return server.WithHealthCheck(checkName);
    }

    static readonly TimeSpan ProbeFor = TimeSpan.FromSeconds(5);
    static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);
}
