using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Identity.Data;

public static class CommitWithoutChanges
{
    /// <summary>
    /// Commits a transaction that changes nothing but still takes a transaction id, so PostgreSQL writes and flushes
    /// a commit record, as it does for one outbox row. An answer that sends no email then costs what one that sends
    /// an email does, and its timing does not tell whether the address has an account.
    /// </summary>
    public static Task CommitLikeOneOutboxRowAsync(this IdentityDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT pg_current_xact_id()", cancellationToken);
}
