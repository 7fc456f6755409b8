using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.MediaCatalog.Data;

public sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options), IOutboxContext
{
    public const string ConnectionName = "catalogdb";

    public DbSet<Video> Videos => Set<Video>();
    public DbSet<VideoFile> VideoFiles => Set<VideoFile>();
    public DbSet<History.DownloadRecord> Downloads => Set<History.DownloadRecord>();
    public DbSet<History.TermsAcceptance> TermsAcceptances => Set<History.TermsAcceptance>();
    public DbSet<Downloads.DownloadLink> DownloadLinks => Set<Downloads.DownloadLink>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
        model.AddOutbox();
    }
}
