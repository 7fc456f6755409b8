using NatoAspire.Gateway.Health;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// A gateway test class whose every test gets stand-ins of its own for every service behind the gateway: their health,
/// the requests they saw and their held downloads are per test, so no test sees another's.
/// </summary>
public abstract class BackendTests : IAsyncLifetime
{
    protected Dictionary<string, Backend> Backends { get; } = [];

    public virtual async Task InitializeAsync()
    {
        foreach (var service in DownstreamHealth.Services)
            Backends[service] = await Backend.StartAsync(service);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var backend in Backends.Values) await backend.DisposeAsync();
    }
}
