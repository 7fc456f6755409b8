using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>Counts the queries with which the relay looks for pending outbox rows.</summary>
public sealed class RelayQueryCounter : DbCommandInterceptor
{
    long count;

    public long Count => Interlocked.Read(ref count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountIfRelayQuery(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfRelayQuery(command);
        return ValueTask.FromResult(result);
    }

    void CountIfRelayQuery(DbCommand command)
    {
        if (command.CommandText.Contains("FOR UPDATE SKIP LOCKED", StringComparison.Ordinal)) Interlocked.Increment(ref count);
    }
}
