using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Notification.Data;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>The servers and the service, started once for every integration test.</summary>
public sealed class NotificationHost : IAsyncLifetime
{
    NotificationFactory? factory;

    public InfrastructureFixture Infrastructure { get; } = new();

    public SwitchableSettings Settings { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public ConsumedMessages Consumed { get; } = new();

    public Mailbox Mailbox => Infrastructure.Mailbox;

    public IServiceProvider Services => (factory ?? throw new InvalidOperationException("Not started.")).Services;

    public IBus Bus => Services.GetRequiredService<IBus>();

    public TimeSpan StartupDuration { get; private set; }

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        await Infrastructure.InitializeAsync();
        UseTheMailbox();
        factory = new NotificationFactory(Infrastructure, Settings, Logs);
        Bus.ConnectConsumeObserver(Consumed);
        await WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        StartupDuration = stopwatch.Elapsed;
    }

    public void UseTheMailbox() => Settings.Change("ConnectionStrings:smtp", Infrastructure.SmtpConnectionString);

    public async Task<T> QueryAsync<T>(Func<NotificationDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationDbContext>());
    }

    /// <summary>Healthy means migrated, connected to the broker with every endpoint ready, and the SMTP server answering.</summary>
    async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = factory!.CreateClient();
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync("/health");
            if (response.IsSuccessStatusCode) return;
            if (stopwatch.Elapsed > timeout)
                throw new TimeoutException($"The notification service was not healthy after {timeout}: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationHost>
{
    public const string Name = "Notification service";
}
