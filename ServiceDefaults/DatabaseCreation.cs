using Npgsql;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Creates a service's database at first start (local runs and tests; a managed server usually has it already).
/// Replicas starting together may all find it missing: the ones that lose the race to create it carry on.
/// </summary>
static class DatabaseCreation
{
    const string InvalidCatalogName = "3D000";
    const string DuplicateDatabase = "42P04";
    // Two concurrent CREATE DATABASE of one name: the loser may trip over the unique index of pg_database instead.
    const string UniqueViolation = "23505";

    public static async Task EnsureExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException missing) when (missing.SqlState == InvalidCatalogName)
        {
        }

        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException exists) when (exists.SqlState is DuplicateDatabase or UniqueViolation)
            {
            }
        }
        // The pool may hold the failed attempts of a moment ago.
        await using var pooled = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(pooled);
    }
}
