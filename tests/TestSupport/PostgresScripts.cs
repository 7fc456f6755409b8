namespace NatoAspire.TestSupport;

internal static class PostgresScripts
{
    /// <summary>
    /// CREATE DATABASE cannot run inside a DO block or a function, so psql's \gexec runs the statement only when the
    /// database is missing; that keeps creation idempotent for fixtures shared by several test classes.
    /// </summary>
    public static string CreateDatabaseIfMissing(string name)
    {
        var literal = "'" + name.Replace("'", "''") + "'";
        return $"SELECT format('CREATE DATABASE %I', {literal}) WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = {literal})\\gexec\n";
    }
}
