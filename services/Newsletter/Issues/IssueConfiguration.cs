using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Newsletter.Issues;

sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> issue)
    {
        issue.ToTable("issues");
        issue.HasKey(i => i.Id);
        issue.Property(i => i.Id).ValueGeneratedNever();
        issue.Property(i => i.Subject).HasMaxLength(IssueRules.MaxSubjectLength);
        issue.Property(i => i.SubjectFr).HasMaxLength(IssueRules.MaxSubjectLength);
        issue.HasIndex(i => i.PublishedAt);
    }
}
