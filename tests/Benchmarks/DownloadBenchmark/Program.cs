// Downloads one large file of random bytes through the gateway, straight from the media service, and from nginx,
// and prints throughput, CPU seconds per GiB and peak resident memory of each server.
// Usage: dotnet run -c Release --project tests/Benchmarks/DownloadBenchmark [-- --mib 1024 --rounds 3]
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NatoAspire.DownloadBenchmark;
using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.TestSupport;

var mib = Option("--mib", 1024);
var rounds = Option("--rounds", 3);
var work = Directory.CreateTempSubdirectory("download-benchmark-").FullName;
var storage = Path.Combine(work, "media");
Console.WriteLine($"Download benchmark: {mib} MiB, {rounds} rounds, {Repository.ConfigurationName} build, {Environment.ProcessorCount} cores, work folder {work}");

var infrastructure = new InfrastructureFixture();
var servers = new List<ServerProcess>();
try
{
    Console.Write("Starting PostgreSQL and RabbitMQ… ");
    await infrastructure.InitializeAsync();
    Console.WriteLine($"{infrastructure.StartupDuration.TotalSeconds:0.0} s");
    await using var tokens = new StandInIdentity();
    await tokens.StartAsync();

    var (servicePort, gatewayPort, nginxPort) = (Ports.Free(), Ports.Free(), Ports.Free());
    var service = Servers.StartMediaCatalog(servicePort, infrastructure, tokens.JwksUrl.AbsoluteUri, storage);
    servers.Add(service);
    var serviceReady = await service.WaitUntilAnswersAsync($"http://127.0.0.1:{servicePort}/health", TimeSpan.FromMinutes(5));
    Console.WriteLine($"Media service healthy after {serviceReady.TotalSeconds:0.0} s (first start: migrations and sample files)");
    foreach (var line in service.Output.Where(l => l.Contains("Sample catalogue in place"))) Console.WriteLine($"  {line.Trim()}");

    var gateway = Servers.StartGateway(gatewayPort, servicePort, infrastructure.RedisConnectionString);
    servers.Add(gateway);
    await gateway.WaitUntilAnswersAsync($"http://127.0.0.1:{gatewayPort}/alive", TimeSpan.FromMinutes(2));

    // The file goes in the way an editor's would: created by an admin, uploaded by streaming.
    using var admin = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{servicePort}"), Timeout = Timeout.InfiniteTimeSpan };
    admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Admin());
    var created = await admin.PostAsJsonAsync("/api/media/videos", new
    {
        title = "Download benchmark", summary = "Random bytes.", description = "", publishedAt = DateTimeOffset.UtcNow, durationSeconds = 0,
    });
    created.EnsureSuccessStatusCode();
    var video = (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    var fileId = Guid.NewGuid();
    using var body = new GeneratedContent((long)mib << 20, seed: null);
    var upload = Stopwatch.StartNew();
    var uploadCpu = service.CpuTime;
    (await admin.PutAsync($"/api/media/videos/{video}/files/{fileId}?label=Benchmark&container=mp4", body)).EnsureSuccessStatusCode();
    Console.WriteLine($"Uploaded {mib} MiB of random bytes by streaming (SHA-256 on both sides) in {upload.Elapsed.TotalSeconds:0.0} s " +
        $"({mib / upload.Elapsed.TotalSeconds:0} MiB/s), service CPU {(service.CpuTime - uploadCpu).TotalSeconds:0.00} s");

    var stored = Directory.GetFiles(Path.Combine(storage, video.ToString("N")), $"{fileId:N}-*").Single();
    var nginx = Nginx.Start(storage, nginxPort, Path.Combine(work, "nginx"));
    servers.Add(nginx);
    await nginx.WaitUntilAnswersAsync($"http://127.0.0.1:{nginxPort}/ready", TimeSpan.FromSeconds(30));

    var download = $"/api/media/videos/{video}/files/{fileId}";
    var urls = new Dictionary<string, string>
    {
        ["nginx"] = $"http://127.0.0.1:{nginxPort}/{Path.GetRelativePath(storage, stored).Replace('\\', '/')}",
        ["service"] = $"http://127.0.0.1:{servicePort}{download}",
        ["gateway"] = $"http://127.0.0.1:{gatewayPort}{download}",
    };
    using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.VerifiedUser());

    foreach (var (path, url) in urls)
    {
        var sha256 = await Measurement.Sha256Async(client, url);
        if (sha256 != body.Sha256) throw new InvalidOperationException($"{path} ({url}) served other bytes ({sha256}).");
    }
    Console.WriteLine("Each path served the uploaded bytes (SHA-256 checked). Timing…");

    var measurements = new List<Measurement>();
    for (var round = 1; round <= rounds; round++)
        foreach (var (path, url) in urls)
            measurements.Add(await Measurement.TakeAsync(path, client, url, servers));

    Report.Print(measurements, [.. servers.Select(s => s.Name)]);
}
finally
{
    foreach (var server in servers) await server.DisposeAsync();
    await infrastructure.DisposeAsync();
    Directory.Delete(work, recursive: true);
}

static int Option(string name, int fallback)
{
    var args = Environment.GetCommandLineArgs();
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}

sealed record IdOnly(Guid Id);
