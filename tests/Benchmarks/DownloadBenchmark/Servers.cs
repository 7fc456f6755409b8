using NatoAspire.TestSupport;

namespace NatoAspire.DownloadBenchmark;

/// <summary>The media service and the real gateway, each as its own process on a free loopback port.</summary>
static class Servers
{
    public static ServerProcess StartMediaCatalog(int port, InfrastructureFixture infrastructure, string jwksUrl, string storagePath) =>
        ServerProcess.Start("service", "dotnet", [Repository.MediaCatalogDll, "--urls", $"http://127.0.0.1:{port}"],
            Path.GetDirectoryName(Repository.MediaCatalogDll)!, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__catalogdb"] = infrastructure.PostgresConnectionString("catalogdb_benchmark"),
                ["ConnectionStrings__messaging"] = infrastructure.RabbitMqConnectionString,
                ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
                ["Identity__JwksUrl"] = jwksUrl,
                ["Media__StoragePath"] = storagePath,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__NatoAspire"] = "Information",
            });

    /// <summary>The gateway project as shipped (gateway/appsettings.json), its media cluster pointed at the service's port.</summary>
    public static ServerProcess StartGateway(int port, int mediaCatalogPort, string redisConnectionString) =>
        ServerProcess.Start("gateway", "dotnet",
            [Repository.GatewayDll, "--urls", $"http://127.0.0.1:{port}",
             $"--ReverseProxy:Clusters:media-catalog:Destinations:media-catalog:Address=http://127.0.0.1:{mediaCatalogPort}"],
            Path.GetDirectoryName(Repository.GatewayDll)!,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
                // The rate limits are counted there.
                ["ConnectionStrings__redis"] = redisConnectionString,
            });
}
