using System.Net;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Codes;

/// <summary>Guessing a code runs out: per code, per address over a day, under parallel tries, and it tells nothing.</summary>
[Collection(IdentityCollection.Name)]
public sealed class CodeGuessingTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Sixteen_parallel_wrong_codes_leave_the_right_code_dead()
    {
        var email = NewEmail("parallel");
        var token = await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.VerifyAsync(email, WrongCode(code), token)));

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        Assert.Equal(11, answers.Count(a => a.StatusCode == (HttpStatusCode)429));
        var right = await client.VerifyAsync(email, code, token);
        Assert.Equal("code_attempts_exceeded", (await Problem.ReadAsync(right, (HttpStatusCode)429)).Code);
    }

    [Fact]
    public async Task Wrong_tries_are_bounded_over_a_day_across_fresh_codes_for_known_and_unknown_addresses_alike()
    {
        var pending = NewEmail("daily");
        var token = await client.RegisterForTokenAsync(pending);
        var unknown = NewEmail("daily-nobody");

        // Four codes, five wrong tries each, each round after the last code expired: twenty wrong tries.
        var pendingAnswers = new List<string>();
        var unknownAnswers = new List<string>();
        for (var round = 0; round < 4; round++)
        {
            var code = await client.LatestVerificationCodeAsync(pending);
            for (var i = 0; i < 5; i++)
            {
                pendingAnswers.Add(await DescribeAsync(client.VerifyAsync(pending, WrongCode(code), token)));
                unknownAnswers.Add(await DescribeAsync(client.VerifyAsync(unknown, WrongCode(code), "no-such-attempt")));
            }
            host.Clock.Advance(TimeSpan.FromMinutes(31));
            Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email = pending }));
            Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email = unknown }));
        }
        var fresh = await client.LatestVerificationCodeAsync(pending);

        // Even the right code is refused now, until the first wrong try is a day old.
        var refused = await client.VerifyAsync(pending, fresh, token);
        var refusedForNobody = await client.VerifyAsync(unknown, WrongCode(fresh), "no-such-attempt");

        Assert.All(pendingAnswers, answer => Assert.Equal("400 invalid_code", answer));
        Assert.Equal(pendingAnswers, unknownAnswers);
        Assert.Equal("code_attempts_exceeded", (await Problem.ReadAsync(refused, (HttpStatusCode)429)).Code);
        var wait = TimeSpan.FromDays(1) - TimeSpan.FromMinutes(4 * 31);
        Assert.Equal(wait, refused.Headers.RetryAfter?.Delta);
        Assert.Equal("code_attempts_exceeded", (await Problem.ReadAsync(refusedForNobody, (HttpStatusCode)429)).Code);
        Assert.Equal(wait, refusedForNobody.Headers.RetryAfter?.Delta);

        host.Clock.Advance(wait);
        Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email = pending }));
        Expect(HttpStatusCode.OK, await client.VerifyAsync(pending, await client.LatestVerificationCodeAsync(pending), token));
    }

    [Fact]
    public async Task A_strangers_wrong_tries_do_not_tell_whether_the_owner_asked_for_a_new_code()
    {
        var asked = NewEmail("asked");
        var token = await client.RegisterForTokenAsync(asked);
        var quiet = NewEmail("quiet");
        await client.RegisterForTokenAsync(quiet);
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("400 invalid_code", await DescribeAsync(client.VerifyAsync(asked, "000000", "a-strangers-guess")));
            Assert.Equal("400 invalid_code", await DescribeAsync(client.VerifyAsync(quiet, "000000", "a-strangers-guess")));
        }

        Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email = asked }));

        var afterAsking = await DescribeAsync(client.VerifyAsync(asked, "000000", "a-strangers-guess"));
        var afterNothing = await DescribeAsync(client.VerifyAsync(quiet, "000000", "a-strangers-guess"));
        Assert.Equal("429 code_attempts_exceeded", afterNothing);
        Assert.Equal(afterNothing, afterAsking);
        // The owner's new code still works: it is the stranger's wrong tries that are refused, not the owner's code.
        Expect(HttpStatusCode.OK, await client.VerifyAsync(asked, await client.LatestVerificationCodeAsync(asked), token));
    }

    static async Task<string> DescribeAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var problem = await Problem.ReadAsync(response, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta is { } delta ? $" Retry-After={delta.TotalSeconds}" : "";
        return $"{problem.Status} {problem.Code}{retryAfter}";
    }

    static string WrongCode(string code) => ((int.Parse(code) + 1) % 1_000_000).ToString("D6");
}
