using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Passwords;
using Npgsql;

namespace NatoAspire.Identity.Admin;

/// <summary>
/// The Development admin account of the contract. The configured password is authoritative: a restart with the same
/// one changes nothing, a restart with another one replaces the hash.
/// </summary>
public sealed class AdminAccountSeeder(
    IdentityDbContext db,
    PasswordHashing hashing,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<AdminAccountSeeder> logger)
{
    public const string Email = "admin@nato-media.local";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var password = configuration["Admin:Password"];
        if (string.IsNullOrEmpty(password))
        {
            logger.LogInformation("No admin password is configured; the admin account is not seeded");
            return;
        }

        var admin = await db.Accounts.SingleOrDefaultAsync(a => a.Email == Email, cancellationToken);
        if (admin is null) await CreateAsync(password, cancellationToken);
        else await UpdateAsync(admin, password, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another replica seeded it at the same moment.
        }
    }

    async Task CreateAsync(string password, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var admin = new Account
        {
            Id = Guid.CreateVersion7(),
            Email = Email,
            FirstName = "Portal",
            LastName = "Administrator",
            PasswordHash = "",
            EmailVerified = true,
            Roles = [IdentityTokens.AdminRole],
            CreatedAt = now,
            VerifiedAt = now,
        };
        admin.PasswordHash = await hashing.HashAsync(password, cancellationToken);
        db.Accounts.Add(admin);
        logger.LogInformation("Seeded the admin account");
    }

    async Task UpdateAsync(Account admin, string password, CancellationToken cancellationToken)
    {
        if (!admin.EmailVerified)
        {
            admin.EmailVerified = true;
            admin.VerifiedAt = time.GetUtcNow();
        }
        if (!admin.Roles.Contains(IdentityTokens.AdminRole)) admin.Roles = [.. admin.Roles, IdentityTokens.AdminRole];
        if (await hashing.VerifyAsync(admin, password, cancellationToken) == PasswordVerificationResult.Failed)
            admin.PasswordHash = await hashing.HashAsync(password, cancellationToken);
    }
}
