using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Passkeys;

/// <summary>The passkeys table, reached through the context's model (the entity is configured here, in this folder).</summary>
static class PasskeyStore
{
    public static DbSet<Passkey> Passkeys(this IdentityDbContext db) => db.Set<Passkey>();
}
