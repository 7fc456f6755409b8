using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// Names the build that is running: a hash of the module ids of the service's own assembly and of every NatoAspire
/// assembly it references (ServiceDefaults among them), each of which changes whenever that assembly is compiled from
/// different source. Razor views compile into the service's assembly, and stylesheets are linked with a hash of their
/// content, so a page made by a new build names a new build. A cached page or an ETag that carries it is never taken
/// for one of another build, even while old and new replicas run side by side.
/// </summary>
public sealed class PortalBuild
{
    const string OwnAssemblies = "NatoAspire.";

    public PortalBuild(IHostEnvironment environment)
    {
        var service = Assembly.Load(new AssemblyName(environment.ApplicationName));
        var ids = service.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith(OwnAssemblies, StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Prepend(service)
            .Select(assembly => assembly.ManifestModule.ModuleVersionId)
            .SelectMany(id => id.ToByteArray())
            .ToArray();
        Id = Convert.ToHexStringLower(SHA256.HashData(ids)[..8]);
    }

    /// <summary>Sixteen hex digits, the same on every replica of one build.</summary>
    public string Id { get; }
}
