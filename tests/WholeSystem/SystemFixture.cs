using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using NatoAspire.TestSupport;

namespace NatoAspire.WholeSystem;

/// <summary>
/// The whole system, started from the real AppHost in local mode on free ports, with its data in a
/// temporary folder. Tests talk to it only as a client would: through the gateway, the mailbox and a browser.
/// The API journeys and the browser journeys share it: starting the system is most of what they cost.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@nato-media.local";
    public const string AdminPassword = "End-to-End-Admin-Passw0rd!";

    /// <summary>
    /// The wait between two codes to one address, shortened from the 60 s default so that a journey can wait it out,
    /// and long enough that "Send new Code" right after the first email arrives still meets it on a busy machine
    /// (15 s was not: the email took longer). Identity's own tests prove the default.
    /// </summary>
    public static readonly TimeSpan CodeSendInterval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a code lives: not the 30-minute default, so that the journeys prove the emails and the pages say
    /// what identity's <c>Codes:Lifetime</c> says. Identity's own tests prove the default.
    /// </summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>What the emails and the pages say of <see cref="CodeLifetime"/>.</summary>
    public const string CodeValiditySentence = "This code will expire in 10 minutes.";

    /// <summary>
    /// Every service runs as two replicas, so that every journey proves the state it needs is shared, not held in
    /// one process (the end-to-end replica tests check that both replicas serve).
    /// </summary>
    public const int Replicas = 2;

    // The whole system is healthy in about a minute on a quiet machine; allow for a busy one.
    static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(8);

    readonly string dataPath = Path.Combine(Path.GetTempPath(), $"natoaspire-e2e-{Guid.NewGuid():N}");
    DistributedApplication? app;
    OtlpSink? telemetry;

    /// <summary>
    /// More of the AppHost's own settings (<c>Key=Value</c>), for a caller that runs it apart from a test runner, such as
    /// the soak benchmark quieting the AppHost's console. (A property: xunit makes a fixture with its one constructor.)
    /// </summary>
    public IReadOnlyList<string> AppHostSettings { get; init; } = [];

    public DistributedApplication App => app ?? throw new InvalidOperationException("The system has not started.");

    /// <summary>The system's Infrastructure:DataPath: its PostgreSQL cluster, media files, Redis and RabbitMQ data.</summary>
    public string DataPath => dataPath;
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Where every service exports its traces, metrics and logs, standing where ./run.sh's dashboard stands.</summary>
    public OtlpSink Telemetry => telemetry ?? throw new InvalidOperationException("The system has not started.");
    public ResourceLogCapture Logs { get; private set; } = null!;

    /// <summary>Each project's instance names, one per replica.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Instances { get; private set; } = null!;
    public Mailbox Mailbox { get; private set; } = null!;
    public TimeSpan StartupDuration { get; private set; }

    public async Task InitializeAsync()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            AppHostArguments.Isolated(dataPath, AdminPassword,
            [
                $"Scale:Replicas={Replicas}",
                // Every test is one client address to the gateway; its own tests prove the per-address limits.
                "Gateway:RateLimits:Account:PermitLimit=600", "Gateway:RateLimits:Default:PermitLimit=6000",
                .. AppHostSettings,
            ]),
            (options, _) => options.DisableDashboard = true);
        // The dashboard is off, but Aspire still points every project's exporter at its address, where no one listens:
        // each would fail and retry every second (a dozen exceptions a second per process). A sink answers instead.
        telemetry = await OtlpSink.StartAsync();
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
            builder.CreateResourceBuilder(project)
                .WithEnvironment("OTEL_EXPORTER_OTLP_ENDPOINT", telemetry.Endpoint)
                .WithEnvironment("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.CreateResourceBuilder<ProjectResource>("identity")
            .WithEnvironment("Codes__SendInterval", CodeSendInterval.ToString("c"))
            .WithEnvironment("Codes__Lifetime", CodeLifetime.ToString("c"));
        // Connections to the services last seconds, not a minute: a browser's requests alternate between the web
        // replicas (every page must read a session cookie another replica wrote), and a replica that the replica tests
        // stop and start again gets its share of the gateway's traffic back within the test.
        builder.CreateResourceBuilder<ProjectResource>("gateway")
            .WithEnvironment("Gateway__ConnectionLifetime", "00:00:03");
        // One second of each sample video instead of five: the journeys download and check them, not watch them.
        builder.CreateResourceBuilder<ProjectResource>("media-catalog")
            .WithEnvironment("Media__SampleSeconds", "1");
        // smtp4dev keeps the last 100 messages by default; a run that counts every email of its accounts needs them all.
        builder.CreateResourceBuilder<ExecutableResource>("mailbox")
            .WithEnvironment("ServerOptions__NumberOfMessagesToKeep", "1000000");

        app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartupTimeout);
        await app.StartAsync(startup.Token);
        Instances = await SystemReplicas.DiscoverAsync(app, startup.Token);
        Logs = new ResourceLogCapture(app, Instances.Values.SelectMany(i => i));
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        // The gateway is healthy once one replica of each service is; the journeys start once all are.
        foreach (var instance in Instances.Values.SelectMany(i => i))
            await SystemReplicas.WaitUntilHealthyAsync(app, instance, startup.Token);

        Gateway = app.CreateHttpClient("gateway");
        Mailbox = new Mailbox(app.GetEndpoint("mailbox", "http"));
        StartupDuration = stopwatch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        Mailbox?.Dispose();
        if (Logs is not null) await Logs.DisposeAsync();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (telemetry is not null) await telemetry.DisposeAsync();
        try { Directory.Delete(dataPath, recursive: true); }
        catch (IOException) { /* a server may still be letting go of its files; the folder is in /tmp */ }
    }
}
