using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.History;

sealed class DownloadRecordConfiguration : IEntityTypeConfiguration<DownloadRecord>
{
    public void Configure(EntityTypeBuilder<DownloadRecord> download)
    {
        download.ToTable("downloads");
        // The key is the rule "once per file and day": a second range request of the day inserts nothing.
        download.HasKey(d => new { d.AccountId, d.FileId, d.Day });
        download.HasIndex(d => new { d.AccountId, d.DownloadedAt });
    }
}

sealed class TermsAcceptanceConfiguration : IEntityTypeConfiguration<TermsAcceptance>
{
    public void Configure(EntityTypeBuilder<TermsAcceptance> acceptance)
    {
        acceptance.ToTable("terms_acceptances");
        acceptance.HasKey(a => new { a.AccountId, a.VideoId });
        acceptance.Property(a => a.UsageTerms).HasMaxLength(CatalogLimits.TermsLength);
    }
}
