using k8s;
using k8s.Models;

namespace NatoAspire.Deployment.Tests;

public sealed class ManifestTests
{
    /// <summary>What the AppHost hands each service (AppHost/Program.cs), and so what a cluster must set too.</summary>
    static readonly Dictionary<string, string[]> SettingsEachServiceReads = new()
    {
        ["identity"] = ["ConnectionStrings__identitydb", "ConnectionStrings__redis", "ConnectionStrings__messaging", "Admin__Password", "Codes__HmacKey", "Passkeys__Origins__0",
            "services__newsletter__http__0", "services__media-catalog__http__0"],
        ["notification"] = ["ConnectionStrings__notificationdb", "ConnectionStrings__messaging", "ConnectionStrings__smtp", "Portal__PublicBaseUrl"],
        ["newsletter"] = ["ConnectionStrings__newsletterdb", "ConnectionStrings__messaging", "services__identity__http__0", "Newsletter__UnsubscribeKey", "Newsletter__PublicBaseUrl"],
        ["media-catalog"] = ["ConnectionStrings__catalogdb", "ConnectionStrings__redis", "ConnectionStrings__messaging", "services__identity__http__0", "Media__StoragePath"],
        ["web"] = ["ConnectionStrings__redis", "services__identity__http__0", "services__newsletter__http__0", "services__media-catalog__http__0", "DataProtection__Certificate"],
        ["gateway"] = ["ConnectionStrings__redis", "services__identity__http__0", "services__notification__http__0", "services__newsletter__http__0",
            "services__media-catalog__http__0", "services__web__http__0", "Gateway__ForwardedHeaders__KnownNetworks__0"],
    };

    public static TheoryData<string> EveryManifest => [.. new[] { "base", "overlays/production" }.SelectMany(Manifests.Files).Select(f => Path.GetRelativePath(Manifests.Root, f))];

    [Theory]
    [MemberData(nameof(EveryManifest))]
    public void Every_manifest_parses_strictly_into_typed_objects(string file)
    {
        var objects = Manifests.Load(Path.Combine(Manifests.Root, file));

        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(o));
    }

    [Fact]
    public void An_unknown_field_fails_the_strict_parse()
    {
        const string misspelt = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selectr:\n    app: web\n";

        Assert.ThrowsAny<Exception>(() => k8s.KubernetesYaml.LoadAllFromString(misspelt, strict: true));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/production")]
    public void Every_file_a_kustomization_names_exists_and_every_manifest_is_named(string folder)
    {
        var directory = Path.Combine(Manifests.Root, folder);
        var named = File.ReadAllLines(Path.Combine(directory, "kustomization.yaml"))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("- path: ", StringComparison.Ordinal))
            .Select(line => line.Replace("- path: ", "").Replace("- ", "").Trim())
            .Where(entry => entry.EndsWith(".yaml", StringComparison.Ordinal) || entry.StartsWith("..", StringComparison.Ordinal))
            .ToList();

        Assert.All(named, entry => Assert.True(File.Exists(Path.Combine(directory, entry)) || Directory.Exists(Path.Combine(directory, entry)), $"{folder} names {entry}, which is missing"));
        Assert.All(Manifests.Files(folder), file => Assert.Contains(Path.GetFileName(file), named));
    }

    [Fact]
    public void Every_service_has_a_deployment()
    {
        Assert.Equal(SettingsEachServiceReads.Keys.Order(), Manifests.Deployments.Select(d => d.Metadata.Name).Order());
    }

    [Fact]
    public void Every_deployment_runs_more_than_one_replica_with_probes_requests_and_limits()
    {
        Assert.All(Manifests.Deployments, deployment =>
        {
            Assert.True(deployment.Spec.Replicas > 1, $"{deployment.Metadata.Name} runs one replica");
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal("/alive", container.LivenessProbe?.HttpGet?.Path);
            Assert.NotNull(container.ReadinessProbe?.HttpGet?.Path);
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.True(container.Resources?.Requests?.ContainsKey(resource), $"{deployment.Metadata.Name} requests no {resource}");
                Assert.True(container.Resources?.Limits?.ContainsKey(resource), $"{deployment.Metadata.Name} has no {resource} limit");
            }
        });
    }

    [Fact]
    public void A_service_is_ready_when_its_health_is_but_the_gateway_does_not_wait_for_the_services_behind_it()
    {
        foreach (var deployment in Manifests.Deployments)
        {
            var readiness = deployment.Spec.Template.Spec.Containers.Single().ReadinessProbe.HttpGet.Path;
            // The gateway's /health asks every service: as readiness, one service down would take every gateway pod out.
            Assert.Equal(deployment.Metadata.Name == "gateway" ? "/alive" : "/health", readiness);
        }
    }

    [Fact]
    public void Every_deployment_has_a_service_an_autoscaler_of_at_least_two_and_a_disruption_budget()
    {
        foreach (var deployment in Manifests.Deployments)
        {
            var name = deployment.Metadata.Name;
            var labels = deployment.Spec.Template.Metadata.Labels;
            var service = Assert.Single(Manifests.Base.OfType<V1Service>(), s => s.Metadata.Name == name);
            Assert.All(service.Spec.Selector, pair => Assert.Equal(pair.Value, labels[pair.Key]));
            var autoscaler = Assert.Single(Manifests.Base.OfType<V2HorizontalPodAutoscaler>(), h => h.Spec.ScaleTargetRef.Name == name);
            Assert.True(autoscaler.Spec.MinReplicas >= 2, $"{name} may scale down to one replica");
            var budget = Assert.Single(Manifests.Base.OfType<V1PodDisruptionBudget>(), p => p.Metadata.Name == name);
            Assert.All(budget.Spec.Selector.MatchLabels, pair => Assert.Equal(pair.Value, labels[pair.Key]));
        }
    }

    [Fact]
    public void Every_setting_a_service_reads_is_set_from_a_key_that_exists()
    {
        var config = Assert.Single(Manifests.Base.OfType<V1ConfigMap>());
        var secret = Assert.Single(Manifests.Base.OfType<V1Secret>());
        foreach (var deployment in Manifests.Deployments)
        {
            var env = deployment.Spec.Template.Spec.Containers.Single().Env ?? [];
            foreach (var setting in SettingsEachServiceReads[deployment.Metadata.Name])
                Assert.True(env.Any(e => e.Name == setting), $"{deployment.Metadata.Name} is not given {setting}");
            foreach (var variable in env)
            {
                if (variable.ValueFrom?.ConfigMapKeyRef is { } fromConfig)
                    Assert.True(fromConfig.Name == config.Metadata.Name && config.Data.ContainsKey(fromConfig.Key), $"{deployment.Metadata.Name}: no config key {fromConfig.Key}");
                else if (variable.ValueFrom?.SecretKeyRef is { } fromSecret)
                    Assert.True(fromSecret.Name == secret.Metadata.Name && secret.StringData.ContainsKey(fromSecret.Key), $"{deployment.Metadata.Name}: no secret key {fromSecret.Key}");
                else
                    Assert.NotNull(variable.Value);
            }
            Assert.Contains(env, e => e.Name == "ASPNETCORE_ENVIRONMENT");
        }
    }

    [Fact]
    public void The_ingress_leads_to_the_gateway_only()
    {
        var ingress = Assert.Single(Manifests.Base.OfType<V1Ingress>());

        Assert.All(ingress.Spec.Rules.SelectMany(r => r.Http.Paths), path => Assert.Equal("gateway", path.Backend.Service.Name));
    }

    [Fact]
    public void The_media_files_are_on_a_volume_every_catalogue_replica_mounts()
    {
        var claim = Assert.Single(Manifests.Base.OfType<V1PersistentVolumeClaim>(), c => c.Metadata.Name == "media");
        var catalogue = Manifests.Deployments.Single(d => d.Metadata.Name == "media-catalog").Spec.Template.Spec;

        Assert.Contains("ReadWriteMany", claim.Spec.AccessModes);
        Assert.Contains(catalogue.Volumes, v => v.PersistentVolumeClaim?.ClaimName == "media");
    }
}
