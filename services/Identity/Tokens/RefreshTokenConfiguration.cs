using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Sessions;

namespace NatoAspire.Identity.Tokens;

sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> token)
    {
        token.ToTable("refresh_tokens");
        token.HasKey(t => t.Id);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.Property(t => t.TokenHash).HasMaxLength(32);
        token.HasIndex(t => t.FamilyId);
        token.HasIndex(t => t.AccountId);
        token.Property(t => t.UserAgent).HasMaxLength(SessionDevice.MaxUserAgentLength);
        token.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
