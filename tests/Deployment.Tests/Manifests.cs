using k8s;
using k8s.Models;

namespace NatoAspire.Deployment.Tests;

/// <summary>Every object of deploy/kubernetes, read with the client's typed models, strictly: an unknown field fails.</summary>
static class Manifests
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.GetFiles(Path.Combine(Root, folder), "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").Order()];

    public static IReadOnlyList<object> Load(string file) => KubernetesYaml.LoadAllFromString(File.ReadAllText(file), strict: true);

    public static IReadOnlyList<object> Base { get; } = [.. Files("base").SelectMany(Load)];

    public static IEnumerable<V1Deployment> Deployments => Base.OfType<V1Deployment>();

    static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var manifests = Path.Combine(folder.FullName, "deploy", "kubernetes");
            if (Directory.Exists(manifests)) return manifests;
        }
        throw new DirectoryNotFoundException("deploy/kubernetes was not found above the test's folder.");
    }
}
