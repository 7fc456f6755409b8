using System.Reflection;
using System.Runtime.Versioning;

namespace NatoAspire.AppHost;

/// <summary>
/// Starts every project from its build output instead of through <c>dotnet run --no-build</c>, which Aspire uses
/// by default and which spends about 4 CPU-seconds per process evaluating the project before the program even
/// starts (on two cores, six projects at once). The project resource stays a project resource — references,
/// environment, endpoints, health and telemetry are unchanged; only the command that DCP starts differs.
/// </summary>
static class BuildOutputLaunch
{
    /// <summary>The AppHost's own configuration (Debug or Release): the solution is built as one.</summary>
    static readonly string Configuration =
        typeof(BuildOutputLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    static readonly string TargetFramework = TargetFrameworkFolder();

    public static void LaunchProjectsFromTheirBuildOutput(this IDistributedApplicationBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            var projectDirectory = Path.GetDirectoryName(project.GetProjectMetadata().ProjectPath)!;
            // A project not built in this configuration keeps the default, which reports that clearly.
            if (BuiltExecutable(projectDirectory) is not { } executable) continue;
            // The working directory stays the project's, as with dotnet run, so its content root (appsettings.json) is the same.
            project.Annotations.Add(new ExecutableAnnotation { Command = executable, WorkingDirectory = projectDirectory });
        }
    }

    /// <summary>
    /// The apphost beside the project's one <c>*.runtimeconfig.json</c> (the assembly name may differ from the
    /// project's file name; libraries it references have no runtimeconfig).
    /// </summary>
    static string? BuiltExecutable(string projectDirectory)
    {
        var output = Path.Combine(projectDirectory, "bin", Configuration, TargetFramework);
        if (!Directory.Exists(output)) return null;
        var runtimeConfigs = Directory.GetFiles(output, "*.runtimeconfig.json");
        if (runtimeConfigs is not [var runtimeConfig]) return null;
        var executable = runtimeConfig[..^".runtimeconfig.json".Length];
        return File.Exists(executable) ? executable : null;
    }

    static string TargetFrameworkFolder()
    {
        var version = new FrameworkName(AppContext.TargetFrameworkName!).Version;
        return $"net{version.Major}.{version.Minor}";
    }
}
