using System.Diagnostics;
using System.Net;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Codes;

/// <summary>Redis keeps what it holds across a crash: codes and limits outlive a restart.</summary>
[Collection(IdentityCollection.Name)]
public sealed class RedisRestartTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_code_issued_before_Redis_restarts_still_verifies_and_the_send_limit_still_counts()
    {
        var email = NewEmail("redis-restart");
        var token = await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);

        await host.Infrastructure.StopRedisAsync();
        await host.Infrastructure.StartRedisAsync();
        await WaitUntilReconnectedAsync();

        // The code sent at registration counts against one a minute.
        var resend = await client.PostAsync("resend-code", new { email });
        Assert.Equal(HttpStatusCode.TooManyRequests, resend.StatusCode);
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, code, token));
    }

    async Task WaitUntilReconnectedAsync()
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await host.Redis.GetDatabase().PingAsync();
                return;
            }
            catch (StackExchange.Redis.RedisException) when (waiting.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }
        }
    }
}
