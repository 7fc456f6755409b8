using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Passwords;

/// <summary>
/// A burst of logins beyond what the hashing threads can take: the ones that find no room are told to come back
/// (503 with Retry-After and <c>service_unavailable</c>), the others sign in, and nothing else goes wrong.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class HashingOverloadTests(IdentityHost host)
{
    const int Logins = 12;

    // One thread and room for one waiting hash; hashes slow enough (~50 ms) that the burst arrives while one runs.
    WebApplicationFactory<Program> NarrowHashing() => host.App.WithWebHostBuilder(b => b
        .UseSetting("Passwords:Iterations", "100000")
        .UseSetting("Passwords:HashingThreads", "1")
        .UseSetting("Passwords:HashingQueueLength", "1"));

    [Fact]
    public async Task A_burst_of_logins_beyond_the_hashing_queue_gets_503_with_Retry_After_and_the_rest_sign_in()
    {
        await using var narrow = NarrowHashing();
        var client = new AccountClient(narrow.CreateClient(), host.App);
        var emails = Enumerable.Range(0, Logins).Select(_ => NewEmail("burst")).ToList();
        foreach (var email in emails) await client.CreateVerifiedAccountAsync(email);

        var answers = await Task.WhenAll(emails.Select(email => client.LoginAsync(email)));

        var statuses = answers.Select(a => (int)a.StatusCode).ToList();
        Assert.All(statuses, status => Assert.True(status is 200 or 503, $"a login answered {status}"));
        Assert.Contains(200, statuses);
        Assert.Contains(503, statuses);
        var refused = emails.Zip(answers).Where(pair => pair.Second.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        foreach (var (email, answer) in refused)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), answer.Headers.RetryAfter?.Delta);
            Assert.Equal("service_unavailable", (await Problem.ReadAsync(answer, HttpStatusCode.ServiceUnavailable)).Code);
            // Nothing was checked, so nothing of the address's sign-in allowance was spent.
            Assert.Equal(0, await host.Redis.GetDatabase().SortedSetLengthAsync(LoginBucket.Untrusted(email).Key));
        }

        // Coming back after the burst works.
        foreach (var (email, _) in refused) Expect(HttpStatusCode.OK, await client.LoginAsync(email));
    }

    [Fact]
    public async Task A_busy_answer_is_in_French_for_a_French_client()
    {
        await using var narrow = NarrowHashing();
        var http = narrow.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, Logins).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login")
            {
                Content = JsonContent.Create(new { email = NewEmail("nobody"), password = Password }),
            };
            request.Headers.TryAddWithoutValidation("Accept-Language", "fr");
            return http.SendAsync(request);
        }));

        var busy = answers.First(a => a.StatusCode == HttpStatusCode.ServiceUnavailable);
        var problem = await Problem.ReadAsync(busy, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("service_unavailable", problem.Code);
        Assert.StartsWith("Le service est très sollicité", problem.Title);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, $"{a.StatusCode}"));
    }
}
