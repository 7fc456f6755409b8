using NatoAspire.DownloadBenchmark;
using NatoAspire.TestSupport;

namespace NatoAspire.GatewayBenchmark;

/// <summary>
/// The media service, the web and the real gateway, each as its own process on a free loopback port, set up as ./run.sh
/// sets them up: Development, the Release build, and every signal exported over OTLP each second.
/// </summary>
static class Servers
{
    public static ServerProcess StartMediaCatalog(int port, InfrastructureFixture infrastructure, string jwksUrl, string storagePath, string otlp) =>
        ServerProcess.Start("service", "dotnet", [Repository.MediaCatalogDll, "--urls", $"http://127.0.0.1:{port}"],
            Path.GetDirectoryName(Repository.MediaCatalogDll)!, new Dictionary<string, string>(Telemetry(otlp, "media-catalog"))
            {
                ["ConnectionStrings__catalogdb"] = infrastructure.PostgresConnectionString("catalogdb_gateway_benchmark"),
                ["ConnectionStrings__messaging"] = infrastructure.RabbitMqConnectionString,
                ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
                ["Identity__JwksUrl"] = jwksUrl,
                ["Media__StoragePath"] = storagePath,
            });

    public static ServerProcess StartWeb(int port, int mediaCatalogPort, InfrastructureFixture infrastructure, string jwksUrl, string otlp) =>
        ServerProcess.Start("web", "dotnet", [Repository.WebDll, "--urls", $"http://127.0.0.1:{port}"],
            Path.GetDirectoryName(Repository.WebDll)!, new Dictionary<string, string>(Telemetry(otlp, "web"))
            {
                ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
                ["Apis__MediaCatalog"] = $"http://127.0.0.1:{mediaCatalogPort}",
                ["Identity__JwksUrl"] = jwksUrl,
            });

    /// <summary>The gateway as shipped (gateway/appsettings.json), its clusters pointed at the services' ports.</summary>
    public static ServerProcess StartGateway(int port, int mediaCatalogPort, int webPort, InfrastructureFixture infrastructure, string otlp) =>
        ServerProcess.Start("gateway", "dotnet",
            [Repository.GatewayDll, "--urls", $"http://127.0.0.1:{port}",
             $"--ReverseProxy:Clusters:media-catalog:Destinations:media-catalog:Address=http://127.0.0.1:{mediaCatalogPort}",
             $"--ReverseProxy:Clusters:web:Destinations:web:Address=http://127.0.0.1:{webPort}"],
            Path.GetDirectoryName(Repository.GatewayDll)!,
            new Dictionary<string, string>(Telemetry(otlp, "gateway"))
            {
                // The limits are still counted (in Redis, as always), but set high enough never to refuse the load.
                ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
                ["RateLimits__Default__PermitLimit"] = "1000000000",
            });

    /// <summary>Telemetry:TraceSampleRatio for every process; unset, the Development default (every trace).</summary>
    public static string? TraceSampleRatio { get; set; }

    /// <summary>What the AppHost gives every project in Development (Aspire's OTLP settings); logging as shipped.</summary>
    static Dictionary<string, string> Telemetry(string otlp, string serviceName)
    {
        var settings = Development(otlp, serviceName);
        if (TraceSampleRatio is { } ratio) settings["Telemetry__TraceSampleRatio"] = ratio;
        return settings;
    }

    static Dictionary<string, string> Development(string otlp, string serviceName) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_SERVICE_NAME"] = serviceName,
        ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "1000",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        ["OTEL_METRICS_EXEMPLAR_FILTER"] = "trace_based",
        ["OTEL_TRACES_SAMPLER"] = "always_on",
    };
}
