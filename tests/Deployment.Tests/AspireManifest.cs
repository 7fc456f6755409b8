using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace NatoAspire.Deployment.Tests;

/// <summary>
/// The AppHost's own deployment manifest (Aspire's <c>--publisher manifest</c>) in containers mode, published once
/// per run from the AppHost's build output: what Aspire-based tooling would deploy, and what the AppHost hands
/// each service.
/// </summary>
static class AspireManifest
{
    static readonly Lazy<JsonElement> Published = new(Publish);

    public static JsonElement Resources => Published.Value.GetProperty("resources");

    /// <summary>The settings the AppHost gives a project, leaving out the forms Aspire adds for other languages (IDENTITYDB_HOST, OTEL_*).</summary>
    public static IReadOnlyList<string> SettingsOf(string project) =>
        [.. Resources.GetProperty(project).GetProperty("env").EnumerateObject().Select(e => e.Name).Where(name => name.Any(char.IsLower)).Order()];

    static JsonElement Publish()
    {
        var repository = Path.GetFullPath(Path.Combine(Manifests.Root, "..", ".."));
        // The test project references the AppHost so that it is built, in the same configuration, before it.
        var configuration = typeof(AspireManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var appHost = Path.Combine(repository, "AppHost", "bin", configuration, "net10.0", "AppHost.dll");
        var output = Path.Combine(Path.GetTempPath(), $"natoaspire-manifest-{Guid.NewGuid():N}");
        var manifest = Path.Combine(output, "aspire-manifest.json");
        var start = new ProcessStartInfo("dotnet", [appHost, "--publisher", "manifest", "--output-path", manifest, "Infrastructure:Mode=containers"])
        {
            WorkingDirectory = Path.GetDirectoryName(appHost)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        try
        {
            if (process.ExitCode != 0 || !File.Exists(manifest))
                throw new InvalidOperationException($"The manifest was not published (exit code {process.ExitCode}): {printed.Result}{errors.Result}");
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            return json.RootElement.Clone();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
