// The gateway's cost per request: the same calls straight to a service and through the gateway, in one run, with the
// CPU seconds each process spent, and every ratio of issue #12 printed beside its target.
// Usage: dotnet run -c Release --project tests/Benchmarks/GatewayBenchmark [-- --seconds 10 --rounds 3 --connections 32 --trace-sample-ratio 1]
// (--hold starts everything, prints the pids and addresses, and waits for Enter: for a profiler.)
using NatoAspire.DownloadBenchmark;
using NatoAspire.GatewayBenchmark;
using NatoAspire.TestSupport;

var seconds = Option("--seconds", 10);
var rounds = Option("--rounds", 3);
var connections = Option("--connections", 32);
Servers.TraceSampleRatio = TextOption("--trace-sample-ratio");
var work = Directory.CreateTempSubdirectory("gateway-benchmark-").FullName;
Console.WriteLine($"Gateway benchmark: wrk -t2 -c{connections}, {seconds} s a run, {rounds} rounds, {Repository.ConfigurationName} build, " +
    $"{Environment.ProcessorCount} cores, trace sample ratio {Servers.TraceSampleRatio ?? "as in Development (1)"}");

var infrastructure = new InfrastructureFixture();
var servers = new List<ServerProcess>();
try
{
    Console.Write("Starting PostgreSQL, Redis and RabbitMQ… ");
    await infrastructure.InitializeAsync();
    Console.WriteLine($"{infrastructure.StartupDuration.TotalSeconds:0.0} s");
    await using var tokens = new StandInIdentity();
    await tokens.StartAsync();
    await using var otlp = await OtlpSink.StartAsync(Ports.Free());

    var (servicePort, webPort, gatewayPort) = (Ports.Free(), Ports.Free(), Ports.Free());
    var jwks = tokens.JwksUrl.AbsoluteUri;
    var service = Servers.StartMediaCatalog(servicePort, infrastructure, jwks, Path.Combine(work, "media"), otlp.Endpoint);
    servers.Add(service);
    var ready = await service.WaitUntilAnswersAsync($"http://127.0.0.1:{servicePort}/health", TimeSpan.FromMinutes(5));
    Console.WriteLine($"Media service healthy after {ready.TotalSeconds:0.0} s (first start: migrations and sample files)");
    var web = Servers.StartWeb(webPort, servicePort, infrastructure, jwks, otlp.Endpoint);
    servers.Add(web);
    var gateway = Servers.StartGateway(gatewayPort, servicePort, webPort, infrastructure, otlp.Endpoint);
    servers.Add(gateway);
    await web.WaitUntilAnswersAsync($"http://127.0.0.1:{webPort}/health", TimeSpan.FromMinutes(2));
    await gateway.WaitUntilAnswersAsync($"http://127.0.0.1:{gatewayPort}/alive", TimeSpan.FromMinutes(2));

    const string catalogue = "/api/media/videos?pageSize=20";
    var paths = new Dictionary<string, string>
    {
        ["catalogue direct"] = $"http://127.0.0.1:{servicePort}{catalogue}",
        ["catalogue via gateway"] = $"http://127.0.0.1:{gatewayPort}{catalogue}",
        ["gateway /alive"] = $"http://127.0.0.1:{gatewayPort}/alive",
        ["home page via gateway"] = $"http://127.0.0.1:{gatewayPort}/",
    };

    if (Environment.GetCommandLineArgs().Contains("--hold"))
    {
        // For a profiler: the servers stay up until Enter, and their pids and addresses are printed.
        foreach (var server in servers) Console.WriteLine($"{server.Name}: pid {server.Pid}");
        foreach (var (path, url) in paths) Console.WriteLine($"{path}: {url}");
        Console.WriteLine("Holding; press Enter to stop.");
        await Task.Run(Console.ReadLine);
        return;
    }

    // Long enough for tiered compilation to finish: the first seconds of a process measure the JIT.
    Console.WriteLine("Warming up each path (10 s)…");
    foreach (var url in paths.Values) await Wrk.RunAsync(url, connections, TimeSpan.FromSeconds(10));
    var idleBefore = servers.ToDictionary(s => s.Name, s => s.CpuTime);
    await Task.Delay(TimeSpan.FromSeconds(5));
    Console.WriteLine("Idle CPU (telemetry export, probes…): " +
        string.Join(", ", servers.Select(s => $"{s.Name} {(s.CpuTime - idleBefore[s.Name]).TotalMilliseconds / 5:0} ms/s")));

    var runs = new List<Run>();
    for (var round = 1; round <= rounds; round++)
        foreach (var (path, url) in paths)
        {
            var before = servers.ToDictionary(s => s.Name, s => s.CpuTime);
            var result = await Wrk.RunAsync(url, connections, TimeSpan.FromSeconds(seconds));
            var cpu = servers.ToDictionary(s => s.Name, s => s.CpuTime - before[s.Name]);
            runs.Add(new Run(path, result, cpu));
            Console.WriteLine($"  round {round} {path,-22} {result.RequestsPerSecond,8:0} req/s  p99 {result.LatencyP99,-8}" +
                (result.Non2xx > 0 ? $" ({result.Non2xx} not 2xx!)" : "") +
                $"  CPU s: {string.Join(", ", cpu.Select(c => $"{c.Key} {c.Value.TotalSeconds:0.00}"))}");
        }

    Report.Print(runs, [.. servers.Select(s => s.Name)]);
    Console.WriteLine($"(OTLP: {otlp.Exports} exports, {otlp.Bytes / 1024.0 / 1024.0:0.0} MiB received)");
}
finally
{
    foreach (var server in servers) await server.DisposeAsync();
    await infrastructure.DisposeAsync();
    Directory.Delete(work, recursive: true);
}

static string? TextOption(string name)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static int Option(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
