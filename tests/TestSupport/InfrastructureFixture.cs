using System.Diagnostics;
using DotNet.Testcontainers.Configurations;
using NatoAspire.LocalServers;
using Xunit;

namespace NatoAspire.TestSupport;

/// <summary>
/// Real PostgreSQL, Redis, RabbitMQ and an SMTP sink (smtp4dev) on free ports, for integration tests. They run in
/// containers where Docker answers and as local processes otherwise. Use it as an <c>IClassFixture</c>, or share
/// it through a collection definition (<c>ICollectionFixture</c>) in the test assembly.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    IServerSet? servers;
    Mailbox? mailbox;

    /// <summary>Whether the servers run in containers rather than as local processes.</summary>
    public bool UsesContainers { get; private set; }

    /// <summary>From the start of <see cref="InitializeAsync"/> until every server answered.</summary>
    public TimeSpan StartupDuration { get; private set; }

    /// <summary>How long each server took to be ready, by server name.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StartupTimes => Servers.StartupTimes;

    public string RedisConnectionString => Servers.RedisConnectionString;

    public string RabbitMqConnectionString => Servers.RabbitMqConnectionString;

    public string SmtpHost => Servers.SmtpHost;

    public int SmtpPort => Servers.SmtpPort;

    public string SmtpConnectionString => $"smtp://{SmtpHost}:{SmtpPort}";

    /// <summary>The base address of smtp4dev's web interface and REST API.</summary>
    public Uri MailboxApiBaseUri => Servers.MailboxApiBaseUri;

    public Mailbox Mailbox => mailbox ?? throw NotStarted();

    IServerSet Servers => servers ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        // Without a Docker endpoint Testcontainers cannot build a container; the endpoint is looked up once per process.
        UsesContainers = TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        IServerSet candidate =
            UsesContainers ? new ContainerServerSet()
            : !OperatingSystem.IsWindows() ? new LocalServerSet()
            : throw new PlatformNotSupportedException("Without Docker the servers run from Debian's packages, which needs Linux.");
        try
        {
            await candidate.StartAsync();
        }
        catch
        {
            // Stop the servers that did start now, rather than relying on every runner to dispose a fixture whose
            // initialisation failed.
            await candidate.DisposeAsync();
            throw;
        }
        servers = candidate;
        mailbox = new Mailbox(candidate.MailboxApiBaseUri);
        StartupDuration = stopwatch.Elapsed;
    }

    /// <summary>
    /// A connection string for <paramref name="database"/>. The database need not exist: EF Core's Migrate creates
    /// it; otherwise call <see cref="CreateDatabaseAsync"/> first.
    /// </summary>
    public string PostgresConnectionString(string database) => Servers.PostgresConnectionString(database);

    /// <summary>Creates the database unless it exists already.</summary>
    public async Task CreateDatabaseAsync(string name) =>
        await Servers.RunPostgresScriptAsync(PostgresScripts.CreateDatabasesIfMissing(name));

    /// <summary>Runs a psql script against the "postgres" database and returns what psql printed.</summary>
    public Task<string> RunPostgresScriptAsync(string script) => Servers.RunPostgresScriptAsync(script);

    /// <summary>Stops RabbitMQ abruptly, as a crash would; clients see their connections drop.</summary>
    public Task StopRabbitMqAsync() => Servers.StopRabbitMqAsync();

    /// <summary>Starts RabbitMQ again on the same port and returns once it speaks AMQP.</summary>
    public Task StartRabbitMqAsync() => Servers.StartRabbitMqAsync();

    public async Task DisposeAsync()
    {
        mailbox?.Dispose();
        mailbox = null;
        if (servers is not null) await servers.DisposeAsync();
        servers = null;
    }

    static InvalidOperationException NotStarted() =>
        new($"The {nameof(InfrastructureFixture)} has not been initialised (or was disposed).");
}
