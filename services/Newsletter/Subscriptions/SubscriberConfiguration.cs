using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Newsletter.Subscriptions;

sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> subscriber)
    {
        subscriber.ToTable("subscribers");
        subscriber.HasKey(s => s.AccountId);
        subscriber.Property(s => s.Email).HasMaxLength(254);
        subscriber.Property(s => s.Language).HasMaxLength(8).HasDefaultValue(PortalLanguages.Default);
        // Publishing an issue reads only the current subscribers.
        subscriber.HasIndex(s => s.AccountId).HasFilter("\"Subscribed\"").HasDatabaseName("IX_subscribers_current");
    }
}
