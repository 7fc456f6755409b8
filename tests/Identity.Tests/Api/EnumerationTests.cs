using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>Register, resend-code and forgot must not tell whether an address has an account.</summary>
[Collection(IdentityCollection.Name)]
public sealed class EnumerationTests(IdentityHost host, ITestOutputHelper output)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Register_answers_the_same_for_a_new_a_pending_and_a_verified_address()
    {
        var verified = NewEmail("owner");
        await client.CreateVerifiedAccountAsync(verified);
        var pending = NewEmail("pending");
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(pending));
        host.Clock.Advance(TimeSpan.FromSeconds(61));

        var answers = new List<string>();
        foreach (var email in new[] { NewEmail("fresh"), pending, verified })
        {
            var response = await client.RegisterAsync(email);
            var body = await response.Content.ReadAsStringAsync();
            // Every token is new, but all have the same shape.
            body = System.Text.RegularExpressions.Regex.Replace(body.Replace(email, "EMAIL"), "\"registrationToken\":\"[A-Za-z0-9_-]{43}\"", "\"registrationToken\":\"TOKEN\"");
            answers.Add($"{(int)response.StatusCode} {body}");
        }

        Assert.Single(answers.Distinct());
        Assert.Equal("""202 {"email":"EMAIL","codeExpiresInSeconds":1800,"registrationToken":"TOKEN"}""", answers[0]);
        // The owner was told instead of being sent a code.
        Assert.NotNull(await client.LatestEventAsync<RegistrationAttemptedForExistingAccount>(e => e.Email == verified));
    }

    [Fact]
    public async Task The_already_registered_notice_is_limited_like_codes_and_silently()
    {
        var owner = NewEmail("notice");
        await client.CreateVerifiedAccountAsync(owner);
        host.Clock.Advance(TimeSpan.FromSeconds(61));

        for (var i = 0; i < 3; i++) Expect(HttpStatusCode.Accepted, await client.RegisterAsync(owner));

        Assert.Single(await client.EventsAsync<RegistrationAttemptedForExistingAccount>(e => e.Email == owner));
    }

    [Theory]
    [InlineData("resend-code")]
    [InlineData("password/forgot")]
    public async Task Code_requests_answer_the_same_for_known_and_unknown_addresses_429_included(string path)
    {
        var known = NewEmail("known");
        await client.CreateVerifiedAccountAsync(known);
        var pending = NewEmail("pending");
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(pending));
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var addresses = new[] { known, pending, NewEmail("unknown") };

        var first = await Task.WhenAll(addresses.Select(email => Describe(client.PostAsync(path, new { email }))));
        var second = await Task.WhenAll(addresses.Select(email => Describe(client.PostAsync(path, new { email }))));

        Assert.Equal("""202 {"codeExpiresInSeconds":1800}""", first[0]);
        Assert.Single(first.Distinct());
        Assert.StartsWith("429 ", second[0]);
        Assert.Single(second.Distinct());
    }

    [Fact]
    public async Task Wrong_codes_for_an_unknown_address_meet_the_same_limit()
    {
        var unknown = NewEmail("nobody");
        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
            answers.Add((await Problem.ReadAsync(await client.PostAsync("verify", new { email = unknown, code = "000000", registrationToken = "never-issued" }),
                i < 5 ? HttpStatusCode.BadRequest : (HttpStatusCode)429)).Code!);

        Assert.Equal([.. Enumerable.Repeat("invalid_code", 5), "code_attempts_exceeded"], answers);
    }

    [Fact]
    public async Task Register_takes_about_as_long_for_a_known_address_as_for_an_unknown_one()
    {
        const int samples = 10;
        // With the production hasher, so the numbers mean what they would in service.
        await using var production = host.App.WithWebHostBuilder(builder =>
            builder.UseSetting("Passwords:Iterations", PasswordOptions.DefaultIterations.ToString()));
        var timed = new AccountClient(production.CreateClient(), host.App);
        var owners = new List<string>();
        for (var i = 0; i < samples; i++)
        {
            owners.Add(NewEmail("timed-owner"));
            await client.CreateVerifiedAccountAsync(owners[^1]);
        }
        host.Clock.Advance(TimeSpan.FromSeconds(61)); // a stranger's first try at each address: the notice goes out
        await timed.RegisterAsync(NewEmail("warm-up"));

        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        foreach (var owner in owners)
        {
            knownTimes.Add(await TimeAsync(() => timed.RegisterAsync(owner)));
            unknownTimes.Add(await TimeAsync(() => timed.RegisterAsync(NewEmail("timed"))));
        }

        var knownMedian = Median(knownTimes);
        var unknownMedian = Median(unknownTimes);
        output.WriteLine($"register median over {samples}: known (verified) address {knownMedian:0.0} ms, unknown address {unknownMedian:0.0} ms");
        // Loose on purpose (the machine is shared); skipping the hash on one path would fail it by a factor of ten.
        Assert.InRange(knownMedian / unknownMedian, 0.5, 2.0);
    }

    static async Task<string> Describe(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var json = JsonDocument.Parse(body);
            body = $"{json.RootElement.GetProperty("code")} Retry-After={response.Headers.RetryAfter?.Delta?.TotalSeconds}";
        }
        return $"{(int)response.StatusCode} {body}";
    }

    static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        var stopwatch = Stopwatch.StartNew();
        Expect(HttpStatusCode.Accepted, await call());
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
