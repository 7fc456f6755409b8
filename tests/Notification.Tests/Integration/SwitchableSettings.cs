using Microsoft.Extensions.Configuration;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>Configuration a test can change while the service runs, as an operator's reload would.</summary>
public sealed class SwitchableSettings : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Change(string key, string? value)
    {
        Data[key] = value;
        OnReload();
    }
}
