using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Notification.Delivery;

sealed class EmailDeliveryConfiguration : IEntityTypeConfiguration<EmailDelivery>
{
    public void Configure(EntityTypeBuilder<EmailDelivery> delivery)
    {
        delivery.ToTable("email_deliveries");
        delivery.HasKey(d => d.MessageId);
        delivery.Property(d => d.Kind).HasMaxLength(100);
        delivery.Property(d => d.Recipient).HasMaxLength(254);
    }
}
