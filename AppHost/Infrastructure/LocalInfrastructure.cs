using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NatoAspire.LocalServers;

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
        if (!ServerCommands.PostgresClusterExists(postgresData))
            CommandRunner.RunToSuccess(ServerCommands.PostgresInitDb(postgresData), TimeSpan.FromMinutes(2));

        string[] databases = ["identitydb", "notificationdb", "newsletterdb", "catalogdb"];
        var postgres = builder.AddLocalServer("postgres-server", ServerCommands.Postgres(postgresData, ports.Postgres), root)
            .WithReadinessProbe(cancellation => PostgresServesDatabasesAsync(ports.Postgres, databases, cancellation));
        var redis = builder.AddLocalServer("redis-server", ServerCommands.Redis(ports.Redis), root)
            .WithReadinessProbe(cancellation => ReadinessProbes.RedisAnswersPingAsync(Loopback, ports.Redis, cancellation));
        var rabbitMq = builder.AddLocalServer("rabbitmq-server", ServerCommands.RabbitMq(Path.Combine(root, "rabbitmq"), ports.RabbitMq), root)
            .WithReadinessProbe(cancellation => ReadinessProbes.RabbitMqAnswersAmqpAsync(Loopback, ports.RabbitMq, cancellation));
        builder.AddLocalServer("mailbox", ServerCommands.Smtp4Dev(ports.Smtp, ports.MailboxWeb), DataFolders.RepositoryRoot(builder))
            .WithHttpEndpoint(port: ports.MailboxWeb, targetPort: ports.MailboxWeb, isProxied: false)
            .WithReadinessProbe(cancellation => ReadinessProbes.HttpAnswersAsync(new Uri($"http://{Loopback}:{ports.MailboxWeb}/api/server"), cancellation));

        var database = databases.ToDictionary(name => name, name => builder.AddFixedConnectionString(name, LocalConnectionStrings.Postgres(ports.Postgres, name)));
        return new InfrastructureResources(
            database["identitydb"], database["notificationdb"], database["newsletterdb"], database["catalogdb"],
            builder.AddFixedConnectionString("redis", LocalConnectionStrings.Redis(ports.Redis)),
            builder.AddFixedConnectionString("messaging", LocalConnectionStrings.RabbitMq(ports.RabbitMq)),
            builder.AddFixedConnectionString("smtp", LocalConnectionStrings.Smtp(ports.Smtp)),
            postgres, redis, rabbitMq,
            DataFolders.Media(builder));
    }

    const string Loopback = "127.0.0.1";

    /// <summary>
    /// Ready once it accepts queries and the services' databases exist, so that "ready" means a service can connect
    /// to its own.
    /// </summary>
    static async Task<bool> PostgresServesDatabasesAsync(int port, IReadOnlyList<string> databases, CancellationToken cancellation) =>
        await ReadinessProbes.PostgresAcceptsQueriesAsync(port, cancellation) &&
        (await CommandRunner.RunAsync(ServerCommands.Psql(port), standardInput: PostgresScripts.CreateDatabasesIfMissing(databases),
            cancellation: cancellation)).ExitCode == 0;

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
