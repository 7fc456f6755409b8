// Startup benchmark: run by hand (dotnet run -c Release --project tests/Benchmarks/StartupBenchmark [-- --restarts 3]).
// Starts the real AppHost in local mode on ports chosen once, with one data folder kept across starts: the first
// start (initdb, first RabbitMQ boot, sample media rendered), then restarts as ./run.sh does them. For each start it
// prints the time from AppHost start until the gateway's /health answers 200 (as ./run.sh waits for it), when each
// resource started and when the AppHost saw it healthy, its CPU seconds, and the medians of the restarts.
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using NatoAspire.Benchmarks.Startup;
using NatoAspire.LocalServers;
using NatoAspire.TestSupport;

var restarts = args.SkipWhile(a => a != "--restarts").Skip(1).Select(int.Parse).FirstOrDefault(3);
var dataPath = Path.Combine(Path.GetTempPath(), $"natoaspire-startup-{Guid.NewGuid():N}");
// Fixed for the whole run, as ./run.sh's are: a new RabbitMQ port would mean a new node and a first boot.
var free = FreePorts.Take(4);
string[] ports =
[
    $"Infrastructure:Ports:Postgres={free[0]}", $"Infrastructure:Ports:Redis={free[1]}",
    $"Infrastructure:Ports:RabbitMq={free[2]}", $"Infrastructure:Ports:Smtp={free[3]}",
];
Console.WriteLine($"Startup benchmark: first start + {restarts} restarts, {Environment.ProcessorCount} cores, data in {dataPath}");

var runs = new List<StartRun>();
try
{
    for (var run = 0; run <= restarts; run++)
    {
        var result = await StartOnceAsync(run == 0 ? "first start" : $"restart {run}");
        runs.Add(result);
        result.Print();
    }
}
finally
{
    try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { }
}

var restartRuns = runs.Skip(1).ToList();
if (restartRuns.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Median of {restartRuns.Count} restarts: gateway healthy after {Median(restartRuns.Select(r => r.GatewayHealthy.TotalSeconds)):0.0} s, " +
        $"{Median(restartRuns.Select(r => r.TotalCpu.TotalSeconds)):0.0} CPU-s in all");
    foreach (var name in restartRuns[0].Resources.Keys.Order())
    {
        var healthy = restartRuns.Select(r => r.Resources.GetValueOrDefault(name).Healthy?.TotalSeconds).OfType<double>().ToList();
        var cpu = restartRuns.Select(r => r.Resources.GetValueOrDefault(name).Cpu?.TotalSeconds).OfType<double>().ToList();
        var started = restartRuns.Select(r => r.Resources.GetValueOrDefault(name).Started?.TotalSeconds).OfType<double>().ToList();
        Console.WriteLine($"  {name,-16} started {Median(started),5:0.0} s   healthy {(healthy.Count > 0 ? $"{Median(healthy),5:0.0} s" : "     –")}   CPU {(cpu.Count > 0 ? $"{Median(cpu),5:0.0} s" : "    –")}");
    }
}

async Task<StartRun> StartOnceAsync(string label)
{
    var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [.. AppHostArguments.Isolated(dataPath, "Startup-Benchmark-Admin#2026"), .. ports],
        (options, _) => options.DisableDashboard = true);
    builder.Configuration["Logging:LogLevel:Default"] = "Warning";
    builder.Configuration["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
    await using var app = await builder.BuildAsync();
    using var stop = new CancellationTokenSource();
    var clock = Stopwatch.StartNew();
    var timeline = ResourceTimeline.Watch(app, clock, stop.Token);
    await app.StartAsync();
    var gatewayHealthy = await GatewayAnswersHealthyAsync(app, clock);
    // Every process the AppHost started (parameters and connection strings have none). CPU is read at the moment
    // the whole system is healthy: what starting it cost, not what running it costs.
    var resources = timeline.ProcessIds.Keys.ToDictionary(
        name => name,
        name => (Started: timeline.RunningAt.TryGetValue(name, out var started) ? started : (TimeSpan?)null,
                 Healthy: timeline.HealthyAt.TryGetValue(name, out var at) ? at : (TimeSpan?)null,
                 Cpu: timeline.ProcessIds.TryGetValue(name, out var pid) ? ProcessCpu.OfTree(pid) : null));
    stop.Cancel();
    await app.StopAsync();
    return new StartRun(label, gatewayHealthy, resources);
}

// As ./run.sh waits: GET /health on the gateway until it answers 200 (it does once every service is healthy), every
// 250 ms. Aspire's own view of a resource's health lags: it checks a failing resource after growing pauses, up to 5 s.
static async Task<TimeSpan> GatewayAnswersHealthyAsync(DistributedApplication app, Stopwatch clock)
{
    await app.ResourceNotifications.WaitForResourceAsync("gateway", KnownResourceStates.Running);
    using var gateway = app.CreateHttpClient("gateway");
    gateway.Timeout = TimeSpan.FromSeconds(5);
    while (true)
    {
        try
        {
            using var health = await gateway.GetAsync("/health");
            if (health.IsSuccessStatusCode) return clock.Elapsed;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException) { }
        await Task.Delay(250);
    }
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

sealed record StartRun(string Label, TimeSpan GatewayHealthy, Dictionary<string, (TimeSpan? Started, TimeSpan? Healthy, TimeSpan? Cpu)> Resources)
{
    public TimeSpan TotalCpu => Resources.Values.Aggregate(TimeSpan.Zero, (sum, r) => sum + (r.Cpu ?? TimeSpan.Zero));

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{Label}: gateway healthy after {GatewayHealthy.TotalSeconds:0.0} s, {TotalCpu.TotalSeconds:0.0} CPU-s in all");
        foreach (var (name, (started, healthy, cpu)) in Resources.OrderBy(r => r.Value.Healthy ?? TimeSpan.MaxValue))
            Console.WriteLine($"  {name,-16} started {Seconds(started)}   healthy {Seconds(healthy)}   CPU {Seconds(cpu)}");
    }

    public static string Seconds(TimeSpan? time) => time is { } t ? $"{t.TotalSeconds,5:0.0} s" : "     –";
}
