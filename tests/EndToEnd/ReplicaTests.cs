using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace NatoAspire.EndToEnd;

/// <summary>
/// The system runs every service as <see cref="SystemFixture.Replicas"/> replicas (Scale:Replicas). These tests prove
/// that the gateway's traffic and the broker's messages reach each of them, and that one replica of every service can
/// stop under load with nothing lost.
/// </summary>
[Collection(SystemCollection.Name)]
[TestCaseOrderer("NatoAspire.EndToEnd.StopTestsLast", "NatoAspire.EndToEnd.Tests")]
public sealed class ReplicaTests(SystemFixture system, ITestOutputHelper output)
{
    const int Workers = 8, RequestsPerWorker = 8;

    [Fact]
    public async Task Requests_through_the_gateway_reach_both_replicas_of_every_service()
    {
        var token = await TokenAsync("replicas");
        (string Service, Func<HttpRequestMessage> Request)[] services =
        [
            ("identity", () => new(HttpMethod.Get, "/api/account/.well-known/jwks.json")),
            ("newsletter", () => Authorized(new(HttpMethod.Get, "/api/newsletter/subscription"), token)),
            ("media-catalog", () => new(HttpMethod.Get, "/api/media/videos?pageSize=20")),
            ("web", () => new(HttpMethod.Get, "/")),
        ];
        foreach (var (service, request) in services)
        {
            var instances = system.Instances[service];
            Assert.Equal(SystemFixture.Replicas, instances.Count);
            var sent = new List<long>();
            long received = 0;
            // A replica that has just started gets traffic as the gateway opens connections (and renews them, after
            // Gateway:ConnectionLifetime): a few bursts apart, both replicas must have served.
            for (var burst = 1; burst <= 5; burst++)
            {
                var pids = instances.Select(i => SystemReplicas.ProcessIdOf(system.App, i)).ToList();
                var before = pids.Select(SystemReplicas.BytesSentByConnection).ToList();
                received = 0;
                // Concurrent requests: the gateway opens several connections, and replicas are balanced per connection.
                await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
                {
                    for (var i = 0; i < RequestsPerWorker; i++)
                    {
                        using var response = await system.Gateway.SendAsync(request());
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                        Interlocked.Add(ref received, (await response.Content.ReadAsByteArrayAsync()).LongLength);
                    }
                }));
                sent = [.. pids.Select((pid, i) => SystemReplicas.SentSince(pid, before[i]))];
                output.WriteLine($"{service}, burst {burst}: {Workers * RequestsPerWorker} requests, {received} bytes of bodies received; its replicas sent {string.Join(" and ", sent)} bytes");
                if (sent.All(s => s >= received / 10)) break;
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            // A replica that served nothing sends only its health answers: a few hundred bytes.
            Assert.All(sent, s => Assert.True(s >= received / 10, $"{service}: one replica sent {s} bytes, the client received {received}"));
        }
    }

    [Fact]
    public async Task Both_notification_replicas_take_messages_from_the_broker()
    {
        var accounts = new AccountClient(system.Gateway);
        var emails = Enumerable.Range(0, 8).Select(i => Accounts.NewEmail($"replica-mail{i}")).ToList();
        await Task.WhenAll(emails.Select(async email =>
        {
            using var registered = await accounts.RegisterAsync(email, Accounts.Password);
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }));
        foreach (var email in emails) await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(60));

        var instances = system.Instances["notification"];
        var sent = new List<int>();
        for (var waited = 0; waited < 40; waited++) // the log line follows the SMTP answer by a moment
        {
            sent = [.. instances.Select(i => system.Logs.LinesOf(i).Count(l => l.Contains("Sent the ", StringComparison.Ordinal)))];
            if (sent.All(n => n > 0)) break;
            await Task.Delay(250);
        }
        output.WriteLine($"Emails sent by each notification replica: {string.Join(", ", sent)}");
        Assert.Equal(SystemFixture.Replicas, sent.Count);
        Assert.All(sent, n => Assert.True(n > 0, "a notification replica sent no email"));
    }

    [Fact]
    public async Task One_replica_of_every_web_facing_service_stops_under_load_and_nothing_is_lost()
    {
        const int Readers = 4;
        var token = await TokenAsync("replica-stop");
        var commands = system.App.Services.GetRequiredService<ResourceCommandService>();
        // Not notification: a replica that Aspire kills (its stop waits less than a loaded stop takes) between the SMTP
        // answer and the delivery log's commit sends that email again when the message is redelivered. Delivery is at
        // least once; issue 13's chaos work owns it (README, "Running on more than one machine").
        string[] services = ["identity", "newsletter", "media-catalog", "web"];
        var stopping = services.Select(s => system.Instances[s][^1]).ToList();
        var outcomes = new ConcurrentDictionary<string, int>();
        var servedWhileStopped = 0;
        var stopped = false;
        var registered = new ConcurrentBag<string>();
        using var load = new CancellationTokenSource();

        void Count(string outcome)
        {
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            if (Volatile.Read(ref stopped) && outcome == "200") Interlocked.Increment(ref servedWhileStopped);
        }

        async Task<string> OutcomeAsync(Func<Task<HttpResponseMessage>> send)
        {
            try
            {
                using var response = await send();
                await response.Content.ReadAsByteArrayAsync();
                return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException exception) { return $"connection failed ({exception.HttpRequestError})"; }
        }

        async Task ReadAsync()
        {
            Func<HttpRequestMessage>[] reads =
            [
                () => new(HttpMethod.Get, "/api/media/videos?pageSize=5"),
                () => new(HttpMethod.Get, "/"),
                () => Authorized(new(HttpMethod.Get, "/api/newsletter/subscription"), token),
            ];
            for (var i = 0; !load.IsCancellationRequested; i++)
            {
                Count(await OutcomeAsync(() => system.Gateway.SendAsync(reads[i % reads.Length]())));
                await Task.Delay(100);
            }
        }

        async Task RegisterAsync()
        {
            var accounts = new AccountClient(system.Gateway);
            for (var i = 0; !load.IsCancellationRequested; i++)
            {
                var email = Accounts.NewEmail($"replica-stop{i}");
                var outcome = await OutcomeAsync(() => accounts.RegisterAsync(email, Accounts.Password));
                Count(outcome == "202" ? "200" : outcome);
                if (outcome == "202") registered.Add(email);
                await Task.Delay(500);
            }
        }

        var traffic = Enumerable.Range(0, Readers).Select(_ => Task.Run(ReadAsync)).Append(Task.Run(RegisterAsync)).ToList();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var stopClock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            // Aspire's stop is SIGTERM, then a kill once its own patience is over; either way the replica goes.
            var pids = stopping.Select(i => SystemReplicas.ProcessIdOf(system.App, i)).ToList();
            var stops = await Task.WhenAll(stopping.Select(i => commands.ExecuteCommandAsync(i, KnownResourceCommands.StopCommand)));
            foreach (var (instance, pid) in stopping.Zip(pids))
                await SystemReplicas.WaitUntilStoppedAsync(system.App, instance, pid, patience.Token);
            output.WriteLine($"All stopped after {stopClock.Elapsed.TotalSeconds:0.0} s ({stops.Count(s => s.Success)} of {stops.Length} within Aspire's stop timeout)");
            Volatile.Write(ref stopped, true);
            await Task.Delay(TimeSpan.FromSeconds(5));
            Volatile.Write(ref stopped, false);
        }
        finally
        {
            // Leave the system as the other tests expect it: two replicas of everything.
            foreach (var result in await Task.WhenAll(stopping.Select(i => commands.ExecuteCommandAsync(i, KnownResourceCommands.StartCommand))))
                Assert.True(result.Success, result.Message);
            foreach (var instance in stopping)
                await SystemReplicas.WaitUntilHealthyAsync(system.App, instance, patience.Token);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await load.CancelAsync();
            await Task.WhenAll(traffic);
        }

        output.WriteLine($"Stopped {string.Join(", ", stopping)}; outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} × {o.Value}"))}; {servedWhileStopped} answered while they were stopped");
        Assert.True(servedWhileStopped > 0, "nothing was served while one replica of each service was stopped");
        // Only the requests in flight when the replicas stopped may fail: at most one per client.
        var failed = outcomes.Where(o => o.Key != "200").Sum(o => o.Value);
        Assert.True(failed <= Readers + 1, $"{failed} requests failed");

        foreach (var email in registered) await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(3)); // a duplicate, if any, would follow closely
        var mails = await system.Mailbox.ListAsync();
        Assert.All(registered, email => Assert.Single(mails, m => m.IsTo(email)));
    }

    async Task<string> TokenAsync(string purpose)
    {
        var email = await Accounts.CreateVerifiedAsync(system, purpose);
        return await new AccountClient(system.Gateway).AccessTokenAsync(email, Accounts.Password);
    }

    static HttpRequestMessage Authorized(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
