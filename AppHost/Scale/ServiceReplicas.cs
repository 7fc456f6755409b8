using Microsoft.Extensions.Configuration;

namespace NatoAspire.AppHost.Scale;

/// <summary>
/// <c>Scale:Replicas</c> (environment <c>Scale__Replicas</c>, default 1): how many replicas of each service run behind
/// the gateway. Aspire gives each replica its own process and port; the references resolve to all of them.
/// </summary>
static class ServiceReplicas
{
    public const string Setting = "Scale:Replicas";

    public static IResourceBuilder<ProjectResource> WithConfiguredReplicas(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        var replicas = configuration.GetValue(Setting, 1);
        if (replicas < 1) throw new InvalidOperationException($"{Setting} must be 1 or more (was {replicas}).");
        return replicas == 1 ? project : project.WithReplicas(replicas);
    }
}
