using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Notification.Delivery;

sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    internal const string TableName = "email_deliveries";

    public void Configure(EntityTypeBuilder<EmailDelivery> delivery)
    {
        delivery.ToTable(TableName);
        delivery.HasKey(d => d.DeliveryKey);
        delivery.Property(d => d.DeliveryKey).HasMaxLength(200);
        delivery.HasIndex(d => d.MessageId);
        delivery.Property(d => d.Kind).HasMaxLength(50);
        delivery.Property(d => d.Recipient).HasMaxLength(254);
        delivery.Property(d => d.LastError).HasMaxLength(EmailDelivery.LastErrorMaxLength);
        delivery.Property(d => d.EmailMessageId).HasMaxLength(MimeMessageFactory.MaxMessageIdLength);
        // Operators look for emails that never went out.
        delivery.HasIndex(d => d.CreatedAt).HasFilter("\"SentAt\" IS NULL").HasDatabaseName("IX_email_deliveries_pending");
    }
}
