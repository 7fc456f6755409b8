using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NatoAspire.TestSupport;
using StackExchange.Redis;

namespace NatoAspire.Identity.Tests.Support;

/// <summary>Real PostgreSQL, Redis and RabbitMQ, and the identity service hosted on them with a clock tests can move.</summary>
public sealed class IdentityHost : IAsyncLifetime
{
    public InfrastructureFixture Infrastructure { get; } = new();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IdentityApp App { get; private set; } = null!;

    public IConnectionMultiplexer Redis => App.Services.GetRequiredService<IConnectionMultiplexer>();

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        App = new IdentityApp(Infrastructure, Clock);
        // Starts the host: migrations, signing key, admin seed.
        _ = App.Server;
    }

    public AccountClient CreateClient() => new(App.CreateClient(), App);

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }
}
