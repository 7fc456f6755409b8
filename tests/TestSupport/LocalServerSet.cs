using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.Versioning;
using NatoAspire.LocalServers;

namespace NatoAspire.TestSupport;

/// <summary>
/// The servers as child processes, from the command lines the AppHost uses too, with every file in one temporary
/// folder that is deleted afterwards.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalServerSet : IServerSet
{
    const string Host = "127.0.0.1";

    // SIGTERM makes the PostgreSQL wrapper request a fast shutdown, which leaves no shared memory behind.
    static readonly TimeSpan PostgresGracePeriod = TimeSpan.FromSeconds(10);

    readonly string root = Path.Combine(Path.GetTempPath(), $"natoaspire-tests-{Guid.NewGuid():N}");
    readonly int postgresPort;
    readonly int redisPort;
    readonly int smtpPort;
    readonly int webPort;
    readonly int rabbitMqPort;
    readonly ConcurrentDictionary<string, TimeSpan> startupTimes = new();
    readonly SemaphoreSlim rabbitMqGate = new(1, 1);

    ChildProcess? postgres;
    ChildProcess? redis;
    ChildProcess? rabbitMq;
    ChildProcess? smtp4dev;

    public LocalServerSet()
    {
        // RabbitMQ also listens on a distribution port derived from its AMQP port; that one has to be free too.
        while (true)
        {
            var ports = FreePorts.Take(5);
            var distributionPort = ServerCommands.RabbitMqDistributionPort(ports[4]);
            if (ports.Contains(distributionPort) || !FreePorts.IsFree(distributionPort)) continue;
            (postgresPort, redisPort, smtpPort, webPort, rabbitMqPort) = (ports[0], ports[1], ports[2], ports[3], ports[4]);
            return;
        }
    }

    public IReadOnlyDictionary<string, TimeSpan> StartupTimes => startupTimes;

    public string RedisConnectionString => LocalConnectionStrings.Redis(redisPort);

    public string RabbitMqConnectionString => LocalConnectionStrings.RabbitMq(rabbitMqPort);

    public string SmtpHost => Host;

    public int SmtpPort => smtpPort;

    public Uri MailboxApiBaseUri => new($"http://{Host}:{webPort}/");

    string PostgresDataDirectory => Path.Combine(root, "postgres");

    string RabbitMqBaseDirectory => Path.Combine(root, "rabbitmq");

    public async Task StartAsync()
    {
        // The PostgreSQL server runs as the postgres user, which has to traverse this folder.
        Directory.CreateDirectory(root,
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await TaskGroup.WhenAllAsync(
            Timed("PostgreSQL", StartPostgresAsync),
            Timed("Redis", StartRedisAsync),
            Timed("RabbitMQ", StartRabbitMqAsync),
            Timed("smtp4dev", StartSmtp4DevAsync));
    }

    public string PostgresConnectionString(string database) => LocalConnectionStrings.Postgres(postgresPort, database);

    public async Task<string> RunPostgresScriptAsync(string script)
    {
        using var timeout = new CancellationTokenSource(Readiness.Timeout);
        var (exitCode, output) = await CommandRunner.RunAsync(ServerCommands.Psql(postgresPort), root, script, timeout.Token);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"psql failed with exit code {exitCode}:\n{output}");
    }

    public async Task StopRabbitMqAsync()
    {
        await rabbitMqGate.WaitAsync();
        try
        {
            if (rabbitMq is null) return;
            await rabbitMq.DisposeAsync();
            rabbitMq = null;
        }
        finally
        {
            rabbitMqGate.Release();
        }
    }

    /// <summary>Starts RabbitMQ on its port with its previous data, so clients reconnect to the same node.</summary>
    public async Task StartRabbitMqAsync()
    {
        await rabbitMqGate.WaitAsync();
        try
        {
            if (rabbitMq is { HasExited: false }) return;
            if (rabbitMq is not null) await rabbitMq.DisposeAsync();
            rabbitMq = ChildProcess.Start("RabbitMQ", ServerCommands.RabbitMq(RabbitMqBaseDirectory, rabbitMqPort), root);
            await Readiness.WaitAsync("RabbitMQ", ct => ReadinessProbes.RabbitMqAnswersAmqpAsync(Host, rabbitMqPort, ct), rabbitMq);
        }
        finally
        {
            rabbitMqGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(
            Stop(postgres, PostgresGracePeriod),
            Stop(redis, TimeSpan.Zero),
            Stop(rabbitMq, TimeSpan.Zero),
            Stop(smtp4dev, TimeSpan.Zero));
        postgres = redis = rabbitMq = smtp4dev = null;
        await DeleteRootAsync();
        rabbitMqGate.Dispose();

        static async Task Stop(ChildProcess? process, TimeSpan gracePeriod)
        {
            if (process is null) return;
            await process.StopAsync(gracePeriod);
            await process.DisposeAsync();
        }
    }

    async Task StartPostgresAsync()
    {
        using (var timeout = new CancellationTokenSource(Readiness.Timeout))
        {
            var (exitCode, output) = await CommandRunner.RunAsync(ServerCommands.PostgresInitDb(PostgresDataDirectory), root, cancellation: timeout.Token);
            if (exitCode != 0) throw new InvalidOperationException($"initdb failed with exit code {exitCode}:\n{output}");
        }
        postgres = ChildProcess.Start("PostgreSQL", ServerCommands.Postgres(PostgresDataDirectory, postgresPort), root);
        await Readiness.WaitAsync("PostgreSQL", ct => ReadinessProbes.PostgresAcceptsQueriesAsync(postgresPort, ct), postgres);
    }

    async Task StartRedisAsync()
    {
        redis = ChildProcess.Start("Redis", ServerCommands.Redis(redisPort), root);
        await Readiness.WaitAsync("Redis", ct => ReadinessProbes.RedisAnswersPingAsync(Host, redisPort, ct), redis);
    }

    async Task StartSmtp4DevAsync()
    {
        smtp4dev = ChildProcess.Start("smtp4dev", ServerCommands.Smtp4Dev(smtpPort, webPort), RepositoryRoot.Find());
        var serverInfo = new Uri(MailboxApiBaseUri, "api/server");
        await Readiness.WaitAsync("smtp4dev", ct => ReadinessProbes.HttpAnswersAsync(serverInfo, ct), smtp4dev);
    }

    async Task Timed(string server, Func<Task> start)
    {
        var stopwatch = Stopwatch.StartNew();
        await start();
        startupTimes[server] = stopwatch.Elapsed;
    }

    async Task DeleteRootAsync()
    {
        // A killed server may still be flushing a file for a moment.
        for (var attempt = 1; Directory.Exists(root); attempt++)
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(200);
            }
        }
    }
}
