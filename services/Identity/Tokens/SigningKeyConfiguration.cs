using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Identity.Tokens;

sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> key)
    {
        key.ToTable("signing_keys");
        key.HasKey(k => k.KeyId);
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.Property(k => k.Algorithm).HasMaxLength(16);
    }
}
