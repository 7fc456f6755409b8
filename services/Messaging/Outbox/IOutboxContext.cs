using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Messaging.Outbox;

/// <summary>A service's DbContext that owns an outbox table.</summary>
public interface IOutboxContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
}
