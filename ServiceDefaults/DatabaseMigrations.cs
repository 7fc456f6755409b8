using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// First-start work that must happen once however many replicas start together: creating the database, applying
/// migrations, seeding. Each runs under a PostgreSQL advisory lock of the service's database, so replicas take turns
/// and each later one finds the work done.
/// </summary>
public static class DatabaseMigrations
{
    static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Applies pending migrations before the service starts listening, so that a healthy service is one whose schema
    /// is in place. A missing database is created first.
    /// </summary>
    public static Task MigrateDatabaseAsync<TContext>(this IHost app, CancellationToken cancellationToken = default)
        where TContext : DbContext =>
        app.RunOnceAtStartAsync<TContext>("migrations", async (services, ct) =>
        {
            var db = services.GetRequiredService<TContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(() => db.Database.MigrateAsync(ct));
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrations))
                .LogInformation("Database of {Context} is up to date", typeof(TContext).Name);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> (in a scope of its own) while holding the advisory lock named <paramref name="name"/>
    /// in <typeparamref name="TContext"/>'s database, creating the database if it is missing. Work that checks what is
    /// there before it adds anything then runs once, whichever replica gets there first.
    /// </summary>
    public static async Task RunOnceAtStartAsync<TContext>(
        this IHost app, string name, Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken = default)
        where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string.");
        await DatabaseCreation.EnsureExistsAsync(connectionString, cancellationToken);

        var advisoryLock = new PostgresDistributedLock(new PostgresAdvisoryLockKey($"natoaspire:{typeof(TContext).Name}:{name}", allowHashing: true), connectionString);
        await using (await advisoryLock.AcquireAsync(LockTimeout, cancellationToken))
            await work(scope.ServiceProvider, cancellationToken);
    }
}
