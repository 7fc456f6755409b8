using Microsoft.EntityFrameworkCore;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Newsletter.Issues;
using NatoAspire.Newsletter.Subscriptions;

namespace NatoAspire.Newsletter.Data;

public sealed class NewsletterDbContext(DbContextOptions<NewsletterDbContext> options) : DbContext(options), IOutboxContext
{
    public const string ConnectionName = "newsletterdb";

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(NewsletterDbContext).Assembly);
        model.AddOutbox();
    }
}
