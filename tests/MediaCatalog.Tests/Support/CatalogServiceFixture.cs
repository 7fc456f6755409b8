using System.Diagnostics;
using System.Net.Http.Headers;
using NatoAspire.TestSupport;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>
/// Everything the tests share, started once: PostgreSQL and RabbitMQ, a JWKS endpoint, and the service itself
/// (which migrates and seeds its sample catalogue on start).
/// </summary>
public sealed class CatalogServiceFixture : IAsyncLifetime
{
    readonly InfrastructureFixture infrastructure = new();
    CatalogServiceFactory? service;

    public StandInIdentity Tokens { get; } = new();

    public string StoragePath { get; } = Directory.CreateTempSubdirectory("media-catalog-tests-").FullName;

    /// <summary>How long the first start took, migrations and sample generation included.</summary>
    public TimeSpan FirstStartDuration { get; private set; }

    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();

    public CatalogServiceFactory Service => service ?? throw new InvalidOperationException("Not started.");

    public InfrastructureFixture Infrastructure => infrastructure;

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        await Tokens.StartAsync();
        Settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:catalogdb"] = infrastructure.PostgresConnectionString("catalogdb"),
            ["ConnectionStrings:messaging"] = infrastructure.RabbitMqConnectionString,
            ["ConnectionStrings:redis"] = infrastructure.RedisConnectionString,
            ["Identity:JwksUrl"] = Tokens.JwksUrl.AbsoluteUri,
            ["Media:StoragePath"] = StoragePath,
            ["Media:SampleSeconds"] = "1",
            ["Outbox:SentRetention"] = "3650.00:00:00", // the tests read published events back from the outbox
        };
        var stopwatch = Stopwatch.StartNew();
        service = new CatalogServiceFactory(Settings);
        _ = service.Server; // starts the host: migrations and seeding run now
        FirstStartDuration = stopwatch.Elapsed;
    }

    public HttpClient Anonymous() => Service.CreateClient();

    public HttpClient WithToken(string token)
    {
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (service is not null) await service.DisposeAsync();
        await Tokens.DisposeAsync();
        await infrastructure.DisposeAsync();
        try { Directory.Delete(StoragePath, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class CatalogServiceCollection : ICollectionFixture<CatalogServiceFixture>
{
    public const string Name = "Media catalogue service";
}
