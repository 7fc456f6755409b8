using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Messaging.Inbox;

public static class InboxModel
{
    internal const string TableName = "inbox_processed_messages";

    public static ModelBuilder AddInbox(this ModelBuilder model)
    {
        model.Entity<ProcessedMessage>(inbox =>
        {
            inbox.ToTable(TableName);
            inbox.HasKey(m => new { m.Consumer, m.MessageId });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            // Lets a clean-up job drop old rows by age.
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return model;
    }
}
