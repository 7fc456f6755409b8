using DotNet.Testcontainers.Configurations;
using NatoAspire.LocalServers;
using Testcontainers.Redis;
using Xunit;

namespace NatoAspire.TestSupport;

/// <summary>
/// A Redis of its own, for tests that need Redis and nothing else (or must stop it): a local process where Docker
/// does not answer, ready in well under a second, and a container where it does.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    const string Host = "127.0.0.1";

    static readonly Lazy<RedisServer> SharedServer = new(() =>
    {
        var redis = new RedisServer();
        redis.InitializeAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => redis.DisposeAsync().GetAwaiter().GetResult();
        return redis;
    });

    RedisContainer? container;
    ChildProcess? process;
    int port;
    readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"natoaspire-redis-{Guid.NewGuid():N}");

    /// <summary>One Redis for a whole test run, as every replica of a deployment shares one, started on first use.</summary>
    public static RedisServer Shared => SharedServer.Value;

    public string ConnectionString => container?.GetConnectionString() ?? LocalConnectionStrings.Redis(port);

    public async Task InitializeAsync()
    {
        if (TestcontainersSettings.OS.DockerEndpointAuthConfig is not null)
        {
            container = new RedisBuilder("redis:7").Build();
            await container.StartAsync();
            return;
        }
        port = FreePorts.Take(1)[0];
        process = ChildProcess.Start("Redis", StoppedWithThisProcess(ServerCommands.Redis(port, dataDirectory)), Path.GetTempPath());
        await Readiness.WaitAsync("Redis", ct => ReadinessProbes.RedisAnswersPingAsync(Host, port, ct), process);
    }

    /// <summary>Stops Redis abruptly, as a crash would; clients see their connections drop and new ones refused.</summary>
    public async Task StopAsync()
    {
        if (container is not null) await container.StopAsync();
        if (process is not null) await process.DisposeAsync();
        process = null;
    }

    /// <summary>
    /// A test run that ends without disposing (a Redis shared by a whole test assembly) leaves no server behind: the
    /// wrapper stops Redis within a second of this process's end. It watches for its own parent to change (the kernel
    /// hands an orphan to another process), not for the old parent's id to vanish: on a busy machine a new process soon
    /// takes that id, and a Redis was seen running on for hours that way.
    /// </summary>
    static LocalServerCommand StoppedWithThisProcess(LocalServerCommand redis) =>
        new("/bin/sh", ["-c", "\"$0\" \"$@\" & server=$!; parent=$PPID; "
            + "while [ \"$(cut -d' ' -f4 /proc/$$/stat)\" = \"$parent\" ] && kill -0 $server 2>/dev/null; do sleep 1; done; kill $server 2>/dev/null",
            redis.FileName, .. redis.Arguments], redis.Environment);

    public async Task DisposeAsync()
    {
        if (container is not null) await container.DisposeAsync();
        if (process is not null) await process.DisposeAsync();
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }
}
