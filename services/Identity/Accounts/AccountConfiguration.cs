using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Identity.Accounts;

sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.ToTable("accounts");
        account.HasKey(a => a.Id);
        account.HasIndex(a => a.Email).IsUnique();
        account.Property(a => a.Email).HasMaxLength(254);
        account.Property(a => a.FirstName).HasMaxLength(100);
        account.Property(a => a.LastName).HasMaxLength(100);
        account.Property(a => a.Organisation).HasMaxLength(200);
        account.Property(a => a.PasswordHash).HasMaxLength(512);
        account.Property(a => a.Language).HasMaxLength(8).HasDefaultValue(PortalLanguages.Default);
    }
}
