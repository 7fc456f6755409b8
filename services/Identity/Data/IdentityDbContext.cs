using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Registration;
using NatoAspire.Identity.Tokens;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Identity.Data;

public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IOutboxContext
{
    public const string ConnectionName = "identitydb";

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<RegistrationAttempt> RegistrationAttempts => Set<RegistrationAttempt>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        model.AddOutbox();
    }
}
