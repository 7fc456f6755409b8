// Account benchmark: run by hand (dotnet run -c Release --project tests/Benchmarks/AccountBenchmark).
// It starts the whole system in local mode, then prints:
//   - login throughput against the limit set by password hashing (cores ÷ one hash's time, measured in this run);
//   - verify latency p50/p99 through the gateway;
//   - register-to-email-in-mailbox latency p50/p95.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Identity;
using NatoAspire.TestSupport;

const int Accounts = 40;
const string Password = "Benchmark-Passw0rd#2026";
var loginDuration = TimeSpan.FromSeconds(15);

// 1. The limit: one PBKDF2-HMAC-SHA512 hash at the production default of 210,000 iterations.
var hasher = new PasswordHasher<object>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
var hash = hasher.HashPassword(new object(), Password);
var hashTimes = Enumerable.Range(0, 15).Select(_ => Time(() => hasher.VerifyHashedPassword(new object(), hash, Password))).ToList();
var oneHash = Percentile(hashTimes, 50);
var hashLimit = Environment.ProcessorCount / oneHash.TotalSeconds;
Console.WriteLine($"one hash (210,000 iterations): {oneHash.TotalMilliseconds:0.0} ms median; limit = {Environment.ProcessorCount} cores / hash = {hashLimit:0.0} logins/s");

// 2. The system, on free ports, with the gateway's per-IP limits raised so that they do not cap the measurement.
var dataPath = Path.Combine(Path.GetTempPath(), $"natoaspire-bench-{Guid.NewGuid():N}");
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
    AppHostArguments.Isolated(dataPath, "Benchmark-Admin#2026", "Gateway:RateLimits:Account:PermitLimit=100000"),
    (options, _) => options.DisableDashboard = true);
// Only what goes wrong: the AppHost's health checks fail by design while the system starts, and HttpClient
// would log every request of the benchmark.
// (Configuration, because the AppHost's appsettings.json sets the default level and would win over code.)
builder.Configuration["Logging:LogLevel:Default"] = "Warning";
builder.Configuration["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
await using var app = await builder.BuildAsync();
var started = Stopwatch.StartNew();
await app.StartAsync();
await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
Console.WriteLine($"system healthy after {started.Elapsed.TotalSeconds:0.0} s");

using var gateway = app.CreateHttpClient("gateway");
using var mailbox = new Mailbox(app.GetEndpoint("mailbox", "http"));
var emails = new List<string>();
var registerToEmail = new List<TimeSpan>();
var verifyLatency = new List<TimeSpan>();
for (var i = 0; i < Accounts; i++)
{
    var email = $"bench-{i}-{Guid.NewGuid():N}@example.test";
    var clock = Stopwatch.StartNew();
    using var registered = (await gateway.PostAsJsonAsync("/api/account/register", new { email, password = Password, firstName = "Bench", lastName = "Mark" })).EnsureSuccessStatusCode();
    var registrationToken = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registrationToken").GetString();
    var mail = await mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(60));
    registerToEmail.Add(clock.Elapsed);
    var code = Mailbox.FindSixDigitCode(await mailbox.GetPlainTextAsync(mail.Id))!;
    clock.Restart();
    (await gateway.PostAsJsonAsync("/api/account/verify", new { email, code, registrationToken })).EnsureSuccessStatusCode();
    verifyLatency.Add(clock.Elapsed);
    emails.Add(email);
}
Console.WriteLine($"register → email in mailbox: p50 {Ms(Percentile(registerToEmail, 50))}, p95 {Ms(Percentile(registerToEmail, 95))} ({Accounts} accounts)");
Console.WriteLine($"verify through the gateway:  p50 {Ms(Percentile(verifyLatency, 50))}, p99 {Ms(Percentile(verifyLatency, 99))}");

// 3. Login throughput through the gateway: enough concurrent clients to keep both cores busy.
var logins = 0;
var failures = 0;
using var stop = new CancellationTokenSource(loginDuration);
var clients = Enumerable.Range(0, Environment.ProcessorCount * 4).Select(async worker =>
{
    var n = worker;
    while (!stop.IsCancellationRequested)
    {
        var email = emails[n++ % emails.Count];
        using var response = await gateway.PostAsJsonAsync("/api/account/login", new { email, password = Password });
        if (response.IsSuccessStatusCode) Interlocked.Increment(ref logins); else Interlocked.Increment(ref failures);
    }
});
await Task.WhenAll(clients);
var throughput = logins / loginDuration.TotalSeconds;
Console.WriteLine($"logins: {throughput:0.0}/s ({failures} failed) = {throughput / hashLimit:0.00} of the hashing limit");

await app.StopAsync();
try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { }

static TimeSpan Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed;
}

static TimeSpan Percentile(List<TimeSpan> samples, int percentile)
{
    var sorted = samples.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:0} ms";
