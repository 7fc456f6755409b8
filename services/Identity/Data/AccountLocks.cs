using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Data;

public static class AccountLocks
{
    /// <summary>
    /// The account of an address, its row locked until the caller's transaction ends: registration and verification
    /// of one address take this lock, so one of them always sees what the other committed.
    /// </summary>
    public static Task<Account?> LockAccountAsync(this IdentityDbContext db, string email, CancellationToken cancellationToken) =>
        db.Accounts.FromSql($"""SELECT * FROM accounts WHERE "Email" = {email} FOR UPDATE""").SingleOrDefaultAsync(cancellationToken);
}
