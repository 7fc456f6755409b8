using System.Diagnostics;

namespace NatoAspire.AppHost.Infrastructure;

/// <summary>Reads Infrastructure:Mode = auto (default) | containers | local.</summary>
static class InfrastructureSelection
{
    public static InfrastructureMode Resolve(IConfiguration configuration) =>
        (configuration["Infrastructure:Mode"] ?? "auto").ToLowerInvariant() switch
        {
            "containers" => InfrastructureMode.Containers,
            "local" => InfrastructureMode.Local,
            "auto" => ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
            var other => throw new InvalidOperationException(
                $"Infrastructure:Mode must be auto, containers or local, not '{other}'."),
        };

    /// <summary>A docker client alone is not enough: the engine behind it must answer.</summary>
    static bool ContainerRuntimeAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null) return false;
            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}
