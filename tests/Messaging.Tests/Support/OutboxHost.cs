using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>
/// A host wired the way a service wires its outbox (AddMessaging + AddOutboxRelay) over a database of its own.
/// It is started only by tests that want the relay running.
/// </summary>
public sealed class OutboxHost : IAsyncDisposable
{
    OutboxHost(IHost host, string database)
    {
        Host = host;
        Database = database;
    }

    public IHost Host { get; }

    /// <summary>The name of this host's database, fresh for every host.</summary>
    public string Database { get; }

    public IServiceProvider Services => Host.Services;

    public RelayQueryCounter RelayQueries => Services.GetRequiredService<RelayQueryCounter>();

    public static async Task<OutboxHost> CreateAsync(InfrastructureFixture infrastructure, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = $"outbox_{Guid.NewGuid():N}";
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = infrastructure.RabbitMqConnectionString;
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<RelayQueryCounter>();
        builder.Services.AddDbContext<OutboxTestContext>((services, options) => options
            .UseNpgsql(infrastructure.PostgresConnectionString(database))
            .AddInterceptors(services.GetRequiredService<RelayQueryCounter>()));
        builder.AddMessaging();
        builder.AddOutboxRelay<OutboxTestContext>();

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxTestContext>().Database.EnsureCreatedAsync();
        return new OutboxHost(host, database);
    }

    /// <summary>A context outside the host, whose commits do not wake the relay.</summary>
    public OutboxTestContext UnsignalledContext(InfrastructureFixture infrastructure) =>
        new(new DbContextOptionsBuilder<OutboxTestContext>().UseNpgsql(infrastructure.PostgresConnectionString(Database)).Options);

    /// <summary>Runs <paramref name="work"/> with a context of its own, as one request of a service would.</summary>
    public async Task<T> WithContextAsync<T>(Func<OutboxTestContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OutboxTestContext>());
    }

    public Task WithContextAsync(Func<OutboxTestContext, Task> work) =>
        WithContextAsync(async db => { await work(db); return true; });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException) { }
        Host.Dispose();
    }
}
