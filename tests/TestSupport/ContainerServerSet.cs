using System.Collections.Concurrent;
using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using NatoAspire.LocalServers;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace NatoAspire.TestSupport;

/// <summary>The servers as containers, for machines where Docker answers.</summary>
internal sealed class ContainerServerSet : IServerSet
{
    const string PostgresPassword = "postgres";
    const int PostgresContainerPort = 5432;
    const int RabbitMqContainerPort = 5672;
    const int SmtpContainerPort = 25;
    const int WebContainerPort = 80;

    readonly PostgreSqlContainer postgres;
    readonly RedisContainer redis;
    readonly RabbitMqContainer rabbitMq;
    readonly IContainer smtp4dev;
    readonly ConcurrentDictionary<string, TimeSpan> startupTimes = new();

    public ContainerServerSet()
    {
        postgres = new PostgreSqlBuilder("postgres:15")
            .WithUsername("postgres")
            .WithPassword(PostgresPassword)
            .WithDatabase("postgres")
            .Build();
        redis = new RedisBuilder("redis:7").Build();
        // A fixed host port, because a restarted container would otherwise be given a new random one and clients
        // could not reconnect to the address they were configured with.
        rabbitMq = new RabbitMqBuilder("rabbitmq:3")
            .WithUsername("guest")
            .WithPassword("guest")
            .WithPortBinding(FreePorts.Take(1)[0], RabbitMqContainerPort)
            .Build();
        smtp4dev = new ContainerBuilder("rnwood/smtp4dev")
            .WithPortBinding(SmtpContainerPort, assignRandomHostPort: true)
            .WithPortBinding(WebContainerPort, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilHttpRequestIsSucceeded(request => request.ForPort(WebContainerPort).ForPath("/api/server")))
            .Build();
    }

    public IReadOnlyDictionary<string, TimeSpan> StartupTimes => startupTimes;

    public string RedisConnectionString => redis.GetConnectionString();

    public string RabbitMqConnectionString =>
        $"amqp://guest:guest@{rabbitMq.Hostname}:{rabbitMq.GetMappedPublicPort(RabbitMqContainerPort)}/";

    public string SmtpHost => smtp4dev.Hostname;

    public int SmtpPort => smtp4dev.GetMappedPublicPort(SmtpContainerPort);

    public Uri MailboxApiBaseUri => new($"http://{smtp4dev.Hostname}:{smtp4dev.GetMappedPublicPort(WebContainerPort)}/");

    public Task StartAsync() => TaskGroup.WhenAllAsync(
        StartAsync("PostgreSQL", postgres),
        StartAsync("Redis", redis),
        StartAsync("RabbitMQ", rabbitMq),
        StartAsync("smtp4dev", smtp4dev));

    public string PostgresConnectionString(string database) =>
        $"Host={postgres.Hostname};Port={postgres.GetMappedPublicPort(PostgresContainerPort)};Username=postgres;Password={PostgresPassword};Database={database}";

    public async Task<string> RunPostgresScriptAsync(string script)
    {
        var result = await postgres.ExecScriptAsync(script);
        return result.ExitCode == 0
            ? result.Stdout
            : throw new InvalidOperationException($"psql failed with exit code {result.ExitCode}:\n{result.Stdout}{result.Stderr}");
    }

    public Task StopRabbitMqAsync() => rabbitMq.StopAsync();

    public async Task StartRabbitMqAsync()
    {
        await StartAsync("RabbitMQ", rabbitMq);
        var host = rabbitMq.Hostname;
        var port = rabbitMq.GetMappedPublicPort(RabbitMqContainerPort);
        await Readiness.WaitAsync("RabbitMQ", ct => ReadinessProbes.RabbitMqAnswersAmqpAsync(host, port, ct));
    }

    public async ValueTask DisposeAsync() =>
        await Task.WhenAll(
            postgres.DisposeAsync().AsTask(),
            redis.DisposeAsync().AsTask(),
            rabbitMq.DisposeAsync().AsTask(),
            smtp4dev.DisposeAsync().AsTask());

    async Task StartAsync(string server, IContainer container)
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(Readiness.Timeout);
        try
        {
            await container.StartAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"{server} ({container.Image.FullName}) did not start within {Readiness.Timeout.TotalSeconds:0} s: {e.Message}. " +
                $"Its last output:\n{await LastLogLinesAsync(container)}", e);
        }
        startupTimes[server] = stopwatch.Elapsed;
    }

    static async Task<string> LastLogLinesAsync(IContainer container)
    {
        try
        {
            var (stdout, stderr) = await container.GetLogsAsync();
            return string.Join('\n', (stdout + stderr).Split('\n').TakeLast(40));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The container may never have been created, e.g. when its image could not be pulled.
            return $"(no logs: {e.Message})";
        }
    }
}
