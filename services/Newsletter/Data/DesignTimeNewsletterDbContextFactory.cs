using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NatoAspire.Newsletter.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service.</summary>
sealed class DesignTimeNewsletterDbContextFactory : IDesignTimeDbContextFactory<NewsletterDbContext>
{
    public NewsletterDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsletterDbContext>().UseNpgsql("Host=localhost;Database=newsletterdb").Options);
}
