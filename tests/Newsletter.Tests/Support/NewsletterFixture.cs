using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Newsletter.Data;
using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>
/// The newsletter service on real PostgreSQL and RabbitMQ (from <see cref="InfrastructureFixture"/>), trusting
/// <see cref="StandInIdentity"/>'s tokens, with <see cref="BrokerRecorder"/> listening to what it publishes.
/// </summary>
public sealed class NewsletterFixture : IAsyncLifetime
{
    public const string UnsubscribeKey = "newsletter-tests-unsubscribe-key-0123456789abcdef";
    public static readonly Uri PublicBaseUrl = new("http://portal.nato.test:8080");

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly InfrastructureFixture infrastructure = new();
    WebApplicationFactory<Program>? factory;

    public StandInIdentity Identity { get; } = new();
    public BrokerRecorder Broker { get; } = new();

    WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        await Identity.StartAsync();
        await Broker.StartAsync(infrastructure.RabbitMqConnectionString);

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:" + NewsletterDbContext.ConnectionName,
                infrastructure.PostgresConnectionString($"newsletter_tests_{Guid.NewGuid():N}"))
            .UseSetting("ConnectionStrings:messaging", infrastructure.RabbitMqConnectionString)
            .UseSetting("Identity:JwksUrl", Identity.JwksUrl.AbsoluteUri)
            .UseSetting("Outbox:SentRetention", "3650.00:00:00") // the tests read published events back from the outbox
            .UseSetting("Newsletter:UnsubscribeKey", UnsubscribeKey)
            .UseSetting("Newsletter:PublicBaseUrl", PublicBaseUrl.AbsoluteUri)
            .UseSetting("Outbox:PollInterval", "00:00:00.200"));
        // Real HTTP on a free port rather than TestServer, so that Kestrel's request limits apply as in production.
        factory.UseKestrel(0);
        // Starts the host: migrations, the bus and the outbox relay.
        factory.StartServer();
    }

    public IServiceProvider Services => Factory.Services;

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient ClientFor(TestAccount account)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken(Identity));
        return client;
    }

    public async Task<T> InDatabaseAsync<T>(Func<NewsletterDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsletterDbContext>());
    }

    /// <summary>The events of type <typeparamref name="T"/> written to the outbox, sent or not, that match.</summary>
    public Task<List<T>> OutboxAsync<T>(Func<T, bool> match) => InDatabaseAsync(async db =>
    {
        var prefix = typeof(T).FullName + ",";
        var payloads = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.StartsWith(prefix))
            .Select(m => m.Payload)
            .ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<T>(p, Json)!).Where(match).ToList();
    });

    /// <summary>Waits until the relay has published every outbox row, so that nothing more can arrive.</summary>
    public async Task WaitUntilOutboxIsSentAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await InDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The outbox relay left rows unsent for 20 s.");
            await Task.Delay(100);
        }
        // Published and confirmed; give the broker a moment to hand a stray duplicate to the recorder.
        await Task.Delay(300);
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        await Broker.DisposeAsync();
        await Identity.DisposeAsync();
        await infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NewsletterCollection : ICollectionFixture<NewsletterFixture>
{
    public const string Name = "Newsletter";
}
