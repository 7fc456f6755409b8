namespace Microsoft.Extensions.Hosting;

/// <summary>Naming rules so that every service's own sources and meters are exported without listing each.</summary>
public static class NatoTelemetry
{
    public const string ActivitySourcePrefix = "NatoAspire.";
    public const string MeterPrefix = "NatoAspire.";
}
