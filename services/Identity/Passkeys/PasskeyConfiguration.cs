using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NatoAspire.Identity.Accounts;

namespace NatoAspire.Identity.Passkeys;

/// <summary>Deleting an account deletes its passkeys and user handle with it (the foreign keys cascade).</summary>
sealed class PasskeyConfiguration : IEntityTypeConfiguration<Passkey>, IEntityTypeConfiguration<PasskeyUser>
{
    public void Configure(EntityTypeBuilder<Passkey> passkey)
    {
        passkey.ToTable("passkeys");
        passkey.HasKey(p => p.Id);
        passkey.HasIndex(p => p.CredentialId).IsUnique();
        passkey.HasIndex(p => p.AccountId);
        passkey.Property(p => p.CredentialId).HasMaxLength(PasskeyRequests.MaxCredentialIdBytes);
        passkey.Property(p => p.UserHandle).HasMaxLength(PasskeyUser.HandleLength);
        passkey.Property(p => p.Name).HasMaxLength(PasskeyRequests.MaxNameLength);
        passkey.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PasskeyUser> user)
    {
        user.ToTable("passkey_users");
        user.HasKey(u => u.AccountId);
        user.HasIndex(u => u.UserHandle).IsUnique();
        user.Property(u => u.UserHandle).HasMaxLength(PasskeyUser.HandleLength);
        user.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
