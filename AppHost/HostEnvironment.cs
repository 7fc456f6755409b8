namespace NatoAspire.AppHost;

/// <summary>
/// Every project runs in the AppHost's environment: Development under ./run.sh, where the development defaults of
/// the parameters are accepted, and whatever an operator chooses elsewhere, where the services refuse them. Aspire
/// hands a project an environment only through its launch profile, and the services have none; DCP does not pass
/// the AppHost's own ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT on.
/// </summary>
static class HostEnvironment
{
    public static void RunProjectsInTheHostEnvironment(this IDistributedApplicationBuilder builder)
    {
        var environment = builder.Environment.EnvironmentName;
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("DOTNET_ENVIRONMENT", environment)
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment);
        }
    }
}
