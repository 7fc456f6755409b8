// Account benchmark: run by hand (dotnet run -c Release --project tests/Benchmarks/AccountBenchmark [-- --seconds 15]).
// It starts the whole system in local mode, then prints, each beside its target (issue #12):
//   - logins per second through the gateway against the limit set by password hashing (cores ÷ one hash's time,
//     measured in this run), with logins alone;
//   - verify-code latency p50/p99 through the gateway at a fixed 200 calls a second, alone and while logins keep every
//     hashing thread busy (both loads in one run);
//   - register-to-email-in-mailbox latency p50/p95 and verify latency, one account after another.
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.AspNetCore.Identity;
using NatoAspire.Benchmarks.Accounts;
using NatoAspire.TestSupport;
using static NatoAspire.Benchmarks.Accounts.Percentiles;

const int Accounts = 40;
const int VerifyCodesPerSecond = 200;
const string Password = "Benchmark-Passw0rd#2026";
var seconds = args.SkipWhile(a => a != "--seconds").Skip(1).Select(int.Parse).FirstOrDefault(15);
var duration = TimeSpan.FromSeconds(seconds);
var loginClients = Environment.ProcessorCount * 4;

// 1. The limit: one PBKDF2-HMAC-SHA512 hash at the production default of 210,000 iterations, on a quiet system.
var hasher = new PasswordHasher<object>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));
var hash = hasher.HashPassword(new object(), Password);
var hashTimes = Enumerable.Range(0, 15).Select(_ => Time(() => hasher.VerifyHashedPassword(new object(), hash, Password))).ToList();
var oneHash = Percentiles.Of(hashTimes, 50);
var hashLimit = Environment.ProcessorCount / oneHash.TotalSeconds;
Console.WriteLine($"one hash (210,000 iterations): {Ms(oneHash)} median; limit = {Environment.ProcessorCount} cores / hash = {hashLimit:0.0} logins/s");

// 2. The system, on free ports, with the gateway's per-IP limits raised so that they do not cap the measurement.
var dataPath = Path.Combine(Path.GetTempPath(), $"natoaspire-bench-{Guid.NewGuid():N}");
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
    AppHostArguments.Isolated(dataPath, "Benchmark-Admin#2026", "Gateway:RateLimits:Account:PermitLimit=1000000"),
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
using var codeChecks = app.CreateHttpClient("gateway");
using var mailbox = new Mailbox(app.GetEndpoint("mailbox", "http"));
var emails = new List<string>();
var deviceTokens = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
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
Console.WriteLine($"register → email in mailbox: p50 {Ms(Percentiles.Of(registerToEmail, 50))}, p95 {Ms(Percentiles.Of(registerToEmail, 95))} ({Accounts} accounts, one after another)");
Console.WriteLine($"verify, one after another:   p50 {Ms(Percentiles.Of(verifyLatency, 50))}, p99 {Ms(Percentiles.Of(verifyLatency, 99))}");

// 3. Logins alone: enough concurrent clients to keep every hashing thread busy.
var loginsAlone = await Load.ClosedLoopAsync(loginClients, duration, LoginAsync);
// 4. verify-code alone, then beside logins, at the same fixed rate. Each call names a fresh address with a wrong
// code: the whole path of a code check (gateway, identity, the Redis script and its try counters) with nothing used up.
var codesAlone = await Load.FixedRateAsync(VerifyCodesPerSecond, duration, n => VerifyCodeAsync($"alone-{n}"));
var besideLogins = Load.ClosedLoopAsync(loginClients, duration, LoginAsync);
var codesBeside = await Load.FixedRateAsync(VerifyCodesPerSecond, duration, n => VerifyCodeAsync($"beside-{n}"));
var loginsBeside = await besideLogins;

Console.WriteLine();
Console.WriteLine($"| measure ({Environment.ProcessorCount} cores, {seconds} s each) | measured | target |");
Console.WriteLine("| --- | --- | --- |");
Console.WriteLine($"| logins alone ({loginClients} clients) ÷ hashing limit | {loginsAlone.PerSecond(200) / hashLimit:0.00} ({loginsAlone.PerSecond(200):0.0}/s of {hashLimit:0.0}/s; {loginsAlone.StatusList}) | ≥ 0.85 |");
Console.WriteLine($"| verify-code at {VerifyCodesPerSecond}/s alone, p50 / p99 | {Ms(codesAlone.Percentile(50))} / {Ms(codesAlone.Percentile(99))} ({codesAlone.StatusList}) | |");
Console.WriteLine($"| verify-code at {VerifyCodesPerSecond}/s beside logins, p50 / p99 | {Ms(codesBeside.Percentile(50))} / {Ms(codesBeside.Percentile(99))} ({codesBeside.StatusList}) | p99 ≤ 20 ms |");
Console.WriteLine($"| logins beside verify-code ÷ hashing limit | {loginsBeside.PerSecond(200) / hashLimit:0.00} ({loginsBeside.PerSecond(200):0.0}/s; {loginsBeside.StatusList}) | |");

await app.StopAsync();
try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { }

// Each client signs in again with the device token its last sign-in handed it, as a returning browser does, so no
// login sends a "signed in from a new device" email (a device's first sign-in would).
async Task<int> LoginAsync(int n)
{
    var email = emails[n % emails.Count];
    using var response = await gateway.PostAsJsonAsync("/api/account/login", new { email, password = Password, deviceToken = deviceTokens.GetValueOrDefault(email) });
    if (response.IsSuccessStatusCode)
        deviceTokens[email] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deviceToken").GetString()!;
    return (int)response.StatusCode;
}

async Task<int> VerifyCodeAsync(string name)
{
    using var response = await codeChecks.PostAsJsonAsync("/api/account/password/verify-code", new { email = $"{name}@example.test", code = "123456" });
    return (int)response.StatusCode;
}

static TimeSpan Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed;
}
