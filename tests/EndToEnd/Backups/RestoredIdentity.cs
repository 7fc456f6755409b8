using System.Reflection;
using System.Runtime.Versioning;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.LocalServers;
using NatoAspire.TestSupport;

namespace NatoAspire.EndToEnd.Backups;

/// <summary>
/// Identity alone on a restored data folder, started the way the AppHost would start it there: the restored PostgreSQL
/// cluster, and a Redis and a RabbitMQ in the same folder, fresh (a backup holds neither). Nothing is shared with the
/// system the backup came from: the copy's outbox must not publish into the original's queues.
/// </summary>
sealed class RestoredIdentity : IAsyncDisposable
{
    const string Host = "127.0.0.1";

    // The PostgreSQL wrapper turns SIGTERM into a fast shutdown, which leaves no shared memory behind.
    static readonly TimeSpan PostgresGracePeriod = TimeSpan.FromSeconds(10);

    readonly List<ChildProcess> processes = [];
    ChildProcess? postgres;

    RestoredIdentity(Uri address) => Client = new HttpClient { BaseAddress = address };

    /// <summary>Identity's own address, not the gateway's.</summary>
    public HttpClient Client { get; }

    public static async Task<RestoredIdentity> StartAsync(DistributedApplication system, string dataPath)
    {
        var (postgresPort, redisPort, rabbitMqPort, identityPort) = TakePorts();
        var identity = new RestoredIdentity(new Uri($"http://{Host}:{identityPort}"));
        try
        {
            identity.postgres = ChildProcess.Start("PostgreSQL", ServerCommands.Postgres(Path.Combine(dataPath, "postgres"), postgresPort), dataPath);
            var redis = identity.Started(ChildProcess.Start("Redis", ServerCommands.Redis(redisPort, Path.Combine(dataPath, "redis")), dataPath));
            var rabbitMq = identity.Started(ChildProcess.Start("RabbitMQ", ServerCommands.RabbitMq(Path.Combine(dataPath, "rabbitmq"), rabbitMqPort), dataPath));
            await TaskGroup.WhenAllAsync(
                Readiness.WaitAsync("PostgreSQL", ct => ReadinessProbes.PostgresAcceptsQueriesAsync(postgresPort, ct), identity.postgres),
                Readiness.WaitAsync("Redis", ct => ReadinessProbes.RedisAnswersPingAsync(Host, redisPort, ct), redis));

            // Identity waits for the broker itself, so it boots while RabbitMQ does.
            var service = identity.Started(StartIdentity(system, new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = identity.Client.BaseAddress!.ToString(),
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__identitydb"] = LocalConnectionStrings.Postgres(postgresPort, "identitydb"),
                ["ConnectionStrings__redis"] = LocalConnectionStrings.Redis(redisPort),
                ["ConnectionStrings__messaging"] = LocalConnectionStrings.RabbitMq(rabbitMqPort),
                ["Codes__HmacKey"] = $"{Guid.NewGuid():N}{Guid.NewGuid():N}",
            }));
            await TaskGroup.WhenAllAsync(
                Readiness.WaitAsync("RabbitMQ", ct => ReadinessProbes.RabbitMqAnswersAmqpAsync(Host, rabbitMqPort, ct), rabbitMq),
                Readiness.WaitAsync("identity", ct => ReadinessProbes.HttpAnswersAsync(new Uri(identity.Client.BaseAddress, "/health"), ct), service));
            return identity;
        }
        catch
        {
            await identity.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        foreach (var process in processes) await process.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.StopAsync(PostgresGracePeriod);
            await postgres.DisposeAsync();
        }
    }

    ChildProcess Started(ChildProcess process)
    {
        processes.Insert(0, process); // stopped in reverse order: identity before the servers it uses
        return process;
    }

    /// <summary>
    /// Identity from its build output, as the AppHost launches it: the program beside its one runtimeconfig, started in
    /// the project's folder (its content root). The solution is built as one, so in this test's configuration.
    /// </summary>
    static ChildProcess StartIdentity(DistributedApplication system, IReadOnlyDictionary<string, string> environment)
    {
        var project = system.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
            .Single(p => p.Name == "identity");
        var projectDirectory = Path.GetDirectoryName(project.GetProjectMetadata().ProjectPath)!;
        var tests = typeof(RestoredIdentity).Assembly;
        var configuration = tests.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        // The test assembly's own framework: AppContext.TargetFrameworkName is the test host's, which may be older.
        var framework = new FrameworkName(tests.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version;
        var output = Path.Combine(projectDirectory, "bin", configuration, $"net{framework.Major}.{framework.Minor}");
        var runtimeConfig = Directory.GetFiles(output, "*.runtimeconfig.json").Single();
        var program = runtimeConfig[..^".runtimeconfig.json".Length];
        return ChildProcess.Start("identity", new LocalServerCommand(program, [], environment), projectDirectory);
    }

    static (int Postgres, int Redis, int RabbitMq, int Identity) TakePorts()
    {
        // RabbitMQ also listens on a distribution port derived from its AMQP port; that one has to be free too.
        while (true)
        {
            var ports = FreePorts.Take(4);
            var distributionPort = ServerCommands.RabbitMqDistributionPort(ports[2]);
            if (!ports.Contains(distributionPort) && FreePorts.IsFree(distributionPort)) return (ports[0], ports[1], ports[2], ports[3]);
        }
    }
}
