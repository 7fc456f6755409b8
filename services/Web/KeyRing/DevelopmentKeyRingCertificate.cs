namespace NatoAspire.Web.KeyRing;

/// <summary>
/// The certificate in appsettings.Development.json is in the repository, so outside Development it protects nothing:
/// the web refuses to start with it rather than keep its key ring under a known key.
/// </summary>
static class DevelopmentKeyRingCertificate
{
    public const string Thumbprint = "D931789B0DA431883553CC456E898C2D95BFC6E9";

    public static void RefuseOutsideDevelopment(IHostEnvironment environment, string thumbprint)
    {
        if (environment.IsDevelopment() || !string.Equals(thumbprint, Thumbprint, StringComparison.OrdinalIgnoreCase)) return;
        throw new InvalidOperationException(
            $"The web refuses to start in the {environment.EnvironmentName} environment: {KeyRingOptions.Section}:Certificate " +
            "is the development certificate. Give it a certificate of its own, or run in Development.");
    }
}
