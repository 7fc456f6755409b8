namespace NatoAspire.Identity.Startup;

/// <summary>
/// The secrets that AppHost/appsettings.Development.json hands to identity. They are in the repository, so outside
/// Development they protect nothing: identity refuses to start with them rather than run with a known admin
/// password or a known key under every verification code.
/// </summary>
public static class DevelopmentSecrets
{
    public const string AdminPassword = "Admin-Passw0rd!2026";
    public const string CodeHmacKey = "development-only-code-hmac-key-change-me-in-production";

    /// <summary>Throws, naming each setting (never its value), when a development secret is configured outside Development.</summary>
    public static void RefuseOutsideDevelopment(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment()) return;

        List<string> found = [];
        if (configuration["Admin:Password"] == AdminPassword) found.Add("Admin:Password is the development admin password");
        if (configuration["Codes:HmacKey"] == CodeHmacKey) found.Add("Codes:HmacKey is the development code key");
        if (found.Count == 0) return;

        throw new InvalidOperationException(
            $"Identity refuses to start in the {environment.EnvironmentName} environment: {string.Join("; ", found)}. " +
            "Give it secrets of its own (the AppHost parameters admin-password and code-hmac-key), or run in Development.");
    }

    public static WebApplication RefuseDevelopmentSecretsOutsideDevelopment(this WebApplication app)
    {
        RefuseOutsideDevelopment(app.Environment, app.Configuration);
        return app;
    }
}
