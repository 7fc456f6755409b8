using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Messaging.Outbox;

public static class OutboxModel
{
    public static ModelBuilder AddOutbox(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).UseIdentityAlwaysColumn();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.MessageType).HasMaxLength(500);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.Property(m => m.TraceState).HasMaxLength(512);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            // The relay only ever reads pending rows: keep that index small.
            outbox.HasIndex(m => m.Id).HasFilter("\"SentAt\" IS NULL").HasDatabaseName("IX_outbox_messages_pending");
        });
        return model;
    }
}
