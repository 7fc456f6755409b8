using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.TestSupport;

namespace NatoAspire.Identity.Tests.Support;

/// <summary>The identity service in memory, on the fixture's servers, with cheap password hashing and a fake clock.</summary>
public sealed class IdentityApp(InfrastructureFixture infrastructure, TimeProvider clock) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Passw0rd!";
    public const string TestIterations = "1000";
    /// <summary>The public origin passkey ceremonies run on; the relying party id is its host.</summary>
    public const string PortalOrigin = "https://portal.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:identitydb", infrastructure.PostgresConnectionString("identitydb"));
        builder.UseSetting("ConnectionStrings:redis", infrastructure.RedisConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.RabbitMqConnectionString);
        builder.UseSetting("Passwords:Iterations", TestIterations);
        // Tests fire hundreds of calls at once to check other rules; only HashingOverloadTests meets a full hashing queue.
        builder.UseSetting("Passwords:HashingQueueLength", "100000");
        builder.UseSetting("Codes:HmacKey", "test-only-code-hmac-key-0123456789abcdef");
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Passkeys:Origins:0", PortalOrigin);
        // The tests read published events back from the outbox, and some move the clock by hours.
        builder.UseSetting("Outbox:SentRetention", "3650.00:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
