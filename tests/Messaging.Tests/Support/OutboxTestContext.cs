using Microsoft.EntityFrameworkCore;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>A service's DbContext in miniature: some state of its own, and the outbox beside it.</summary>
public sealed class OutboxTestContext(DbContextOptions<OutboxTestContext> options) : DbContext(options), IOutboxContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox();
}

public sealed class Note
{
    public int Id { get; set; }
    public required string Text { get; set; }
}

/// <summary>The integration event the tests put through the outbox.</summary>
public sealed record OutboxProbe(Guid Id);
