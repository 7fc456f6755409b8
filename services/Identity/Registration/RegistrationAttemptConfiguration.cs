using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.Identity.Registration;

sealed class RegistrationAttemptConfiguration : IEntityTypeConfiguration<RegistrationAttempt>
{
    public void Configure(EntityTypeBuilder<RegistrationAttempt> attempt)
    {
        attempt.ToTable("registration_attempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.Id).UseIdentityAlwaysColumn();
        attempt.HasIndex(a => a.TokenHash).IsUnique();
        attempt.HasIndex(a => a.Email);
        attempt.Property(a => a.Email).HasMaxLength(254);
        attempt.Property(a => a.TokenHash).HasMaxLength(32);
        attempt.Property(a => a.FirstName).HasMaxLength(100);
        attempt.Property(a => a.LastName).HasMaxLength(100);
        attempt.Property(a => a.Organisation).HasMaxLength(200);
        attempt.Property(a => a.PasswordHash).HasMaxLength(512);
        attempt.Property(a => a.Language).HasMaxLength(8).HasDefaultValue(PortalLanguages.Default);
    }
}
