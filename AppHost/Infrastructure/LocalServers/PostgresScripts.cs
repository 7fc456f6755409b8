namespace NatoAspire.LocalServers;

public static class PostgresScripts
{
    /// <summary>
    /// Creates the databases that do not exist yet (as Aspire's container integration does for AddDatabase), so that
    /// no service meets a missing database and replicas never race to create one; running it twice is harmless.
    /// CREATE DATABASE cannot run inside a DO block or a function, so psql's \gexec runs it only where one is missing.
    /// </summary>
    public static string CreateDatabasesIfMissing(params IReadOnlyList<string> names)
    {
        var literals = string.Join(", ", names.Select(name => "'" + name.Replace("'", "''") + "'"));
        return $"SELECT format('CREATE DATABASE %I', name) FROM unnest(ARRAY[{literals}]::text[]) AS name " +
               "WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = name)\\gexec\n";
    }
}
