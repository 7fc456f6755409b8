namespace NatoAspire.Deployment.Tests;

/// <summary>Aspire's own publish step still works in containers mode, and deploy/kubernetes carries everything it hands the services.</summary>
public sealed class AspireManifestTests
{
    static readonly string[] Projects = ["identity", "notification", "newsletter", "media-catalog", "web", "gateway"];

    [Fact]
    public void The_manifest_in_containers_mode_holds_every_service_as_a_project_and_every_server_as_a_container()
    {
        var resources = AspireManifest.Resources;

        foreach (var project in Projects)
            Assert.Equal("project.v0", resources.GetProperty(project).GetProperty("type").GetString());
        foreach (var server in new[] { "postgres", "redis", "messaging", "mailbox" })
            Assert.Equal("container.v0", resources.GetProperty(server).GetProperty("type").GetString());
    }

    [Theory]
    [MemberData(nameof(EveryProject))]
    public void Every_setting_the_AppHost_hands_a_service_is_set_by_its_Kubernetes_deployment(string project)
    {
        var deployment = Assert.Single(Manifests.Deployments, d => d.Metadata.Name == project);
        var env = deployment.Spec.Template.Spec.Containers.Single().Env?.Select(e => e.Name).ToHashSet() ?? [];

        var missing = AspireManifest.SettingsOf(project).Where(setting => !env.Contains(setting)).ToList();

        Assert.True(missing.Count == 0, $"{project}: deploy/kubernetes does not set {string.Join(", ", missing)}");
    }

    public static TheoryData<string> EveryProject => [.. Projects];
}
