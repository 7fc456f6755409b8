using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using NatoAspire.TestSupport;

namespace NatoAspire.Web.Tests.Browser;

/// <summary>
/// The whole system from the real AppHost in local mode on free ports (as tests/EndToEnd starts it), and one
/// headless Chromium from Debian that browses it through the gateway.
/// </summary>
public sealed class PortalSystemFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Short enough to wait out in a test, long enough that an immediate "Send new Code" meets it.</summary>
    public static readonly TimeSpan CodeSendInterval = TimeSpan.FromSeconds(30);

    // Generous: with other work on the same two cores, starting every server and service has taken over 4 minutes.
    static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(8);
    static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"];

    readonly string dataPath = Path.Combine(Path.GetTempPath(), $"natoaspire-web-{Guid.NewGuid():N}");
    DistributedApplication? app;
    IPlaywright? playwright;

    public Uri Gateway { get; private set; } = null!;
    public HttpClient Api { get; private set; } = null!;
    public Mailbox Mailbox { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public TimeSpan StartupDuration { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ChromiumPath}: run ./test.sh, or apt-get install -y chromium.");

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            AppHostArguments.Isolated(dataPath, $"Web-Tests-Admin-Passw0rd!{Guid.NewGuid():N}"),
            (options, _) => options.DisableDashboard = true);
        builder.CreateResourceBuilder<ProjectResource>("identity")
            .WithEnvironment("Codes__SendInterval", CodeSendInterval.ToString("c"));

        app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(StartupTimeout);
        await app.StartAsync(startup.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);

        Gateway = app.GetEndpoint("gateway", "http");
        Api = app.CreateHttpClient("gateway");
        Mailbox = new Mailbox(app.GetEndpoint("mailbox", "http"));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        // A busy machine renders a page in seconds, not milliseconds.
        Assertions.SetDefaultExpectTimeout(30_000);
        StartupDuration = stopwatch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Api?.Dispose();
        Mailbox?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        try { Directory.Delete(dataPath, recursive: true); }
        catch (IOException) { /* a server may still be letting go of its files; the folder is in /tmp */ }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalSystemCollection : ICollectionFixture<PortalSystemFixture>
{
    public const string Name = "Portal system";
}
