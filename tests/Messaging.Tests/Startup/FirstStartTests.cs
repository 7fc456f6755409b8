using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Startup;

/// <summary>Replicas that start together on one fresh database: it is created once, and first-start work runs one at a time.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class FirstStartTests(InfrastructureFixture infrastructure)
{
    const int Replicas = 4;

    [Fact]
    public async Task Replicas_starting_together_on_a_missing_database_all_start()
    {
        var database = $"first_start_{Guid.NewGuid():N}";
        var replicas = Enumerable.Range(0, Replicas).Select(_ => Replica(database)).ToList();

        await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.MigrateDatabaseAsync<FirstStartContext>())));

        await using var scope = replicas[0].Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<FirstStartContext>().Database.GetPendingMigrationsAsync());
        Assert.Contains(database, await infrastructure.RunPostgresScriptAsync("SELECT datname FROM pg_database;"));
        foreach (var replica in replicas) replica.Dispose();
    }

    [Fact]
    public async Task First_start_work_of_replicas_runs_one_at_a_time_and_each_sees_what_the_one_before_did()
    {
        var database = $"first_start_{Guid.NewGuid():N}";
        var replicas = Enumerable.Range(0, Replicas).Select(_ => Replica(database)).ToList();
        var running = 0;
        var overlaps = 0;
        var seeded = 0;

        await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.RunOnceAtStartAsync<FirstStartContext>("seed", async (services, ct) =>
        {
            if (Interlocked.Increment(ref running) > 1) Interlocked.Increment(ref overlaps);
            var db = services.GetRequiredService<FirstStartContext>();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS seeded (id int PRIMARY KEY)", ct);
            // Check, then add: a race between two replicas would insert twice and fail on the primary key.
            var rows = await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM seeded").SingleAsync(ct);
            await Task.Delay(100, ct);
            if (rows == 0)
            {
                await db.Database.ExecuteSqlRawAsync("INSERT INTO seeded VALUES (1)", ct);
                Interlocked.Increment(ref seeded);
            }
            Interlocked.Decrement(ref running);
        }))));

        Assert.Equal(0, overlaps);
        Assert.Equal(1, seeded);
        foreach (var replica in replicas) replica.Dispose();
    }

    IHost Replica(string database)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDbContext<FirstStartContext>(options => options.UseNpgsql(infrastructure.PostgresConnectionString(database)));
        return builder.Build();
    }
}

/// <summary>A service's context with nothing in it: the database, its migrations history and the lock are what matter here.</summary>
public sealed class FirstStartContext(DbContextOptions<FirstStartContext> options) : DbContext(options);
