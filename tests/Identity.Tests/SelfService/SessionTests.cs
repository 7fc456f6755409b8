using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.SelfService;

[Collection(IdentityCollection.Name)]
public sealed class SessionTests(IdentityHost host)
{
    const string LaptopAgent = "Mozilla/5.0 (X11; Linux x86_64) Laptop";
    const string PhoneAgent = "Mozilla/5.0 (iPhone) Phone";

    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Each_sign_in_is_a_device_with_its_user_agent_and_times_and_the_callers_own_is_current()
    {
        var email = await VerifiedAsync("devices");
        var signedInAt = host.Clock.GetUtcNow();
        var laptop = await client.SignInFromAsync(email, LaptopAgent);
        var phone = await client.SignInFromAsync(email, PhoneAgent);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var refreshed = await RefreshAsync(laptop.RefreshToken);

        using var answer = await client.GetAsync("sessions", refreshed.GetProperty("accessToken").GetString());

        Expect(HttpStatusCode.OK, answer);
        Assert.True(answer.Headers.CacheControl?.NoStore);
        var items = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var mine = Assert.Single(items, i => i.GetProperty("userAgent").GetString() == LaptopAgent);
        var other = Assert.Single(items, i => i.GetProperty("userAgent").GetString() == PhoneAgent);
        Assert.True(mine.GetProperty("current").GetBoolean());
        Assert.False(other.GetProperty("current").GetBoolean());
        Assert.Equal(signedInAt, mine.GetProperty("createdAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        Assert.Equal(signedInAt.AddMinutes(5), mine.GetProperty("lastUsedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        Assert.Equal(signedInAt, other.GetProperty("lastUsedAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        Assert.NotEqual(mine.GetProperty("id").GetString(), other.GetProperty("id").GetString());
        _ = phone;
    }

    [Fact]
    public async Task Signing_out_a_device_ends_its_refresh_token_and_drops_it_from_the_list()
    {
        var email = await VerifiedAsync("sign-out-one");
        var laptop = await client.SignInFromAsync(email, LaptopAgent);
        var phone = await client.SignInFromAsync(email, PhoneAgent);
        var phoneId = await IdOfAsync(laptop.AccessToken, PhoneAgent);

        using var deleted = await client.SendAsync(HttpMethod.Delete, $"sessions/{phoneId}", bearer: laptop.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("invalid_refresh_token",
            (await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = phone.RefreshToken }), HttpStatusCode.Unauthorized)).Code);
        Assert.DoesNotContain(await AgentsAsync(laptop.AccessToken), a => a == PhoneAgent);
        await RefreshAsync(laptop.RefreshToken);
    }

    [Fact]
    public async Task A_signed_out_devices_access_token_works_only_until_it_expires()
    {
        var email = await VerifiedAsync("access-lives-on");
        var laptop = await client.SignInFromAsync(email, LaptopAgent);
        var phone = await client.SignInFromAsync(email, PhoneAgent);
        Expect(HttpStatusCode.NoContent, await client.SendAsync(HttpMethod.Delete, $"sessions/{await IdOfAsync(laptop.AccessToken, PhoneAgent)}", bearer: laptop.AccessToken));

        // Nothing stores access tokens: the one in hand lives its 15 minutes, and no refresh extends it.
        Expect(HttpStatusCode.OK, await client.GetAsync("me", phone.AccessToken));
        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("me", phone.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_keeps_only_the_callers_device()
    {
        var email = await VerifiedAsync("sign-out-others");
        var laptop = await client.SignInFromAsync(email, LaptopAgent);
        var phone = await client.SignInFromAsync(email, PhoneAgent);
        var tablet = await client.SignInFromAsync(email, "Tablet/3.0");

        using var deleted = await client.SendAsync(HttpMethod.Delete, "sessions", bearer: laptop.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal([LaptopAgent], await AgentsAsync(laptop.AccessToken));
        foreach (var other in new[] { phone, tablet })
            await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = other.RefreshToken }), HttpStatusCode.Unauthorized);
        await RefreshAsync(laptop.RefreshToken);
    }

    [Fact]
    public async Task Another_accounts_session_an_unknown_id_and_a_malformed_id_are_all_404()
    {
        var mine = await client.SignInFromAsync(await VerifiedAsync("mine"), LaptopAgent);
        var theirs = await client.SignInFromAsync(await VerifiedAsync("theirs"), PhoneAgent);
        var theirId = await IdOfAsync(theirs.AccessToken, PhoneAgent);

        foreach (var id in new[] { theirId, Guid.NewGuid().ToString(), "not-a-session" })
        {
            var problem = await Problem.ReadAsync(await client.SendAsync(HttpMethod.Delete, $"sessions/{id}", bearer: mine.AccessToken), HttpStatusCode.NotFound);
            Assert.Equal("session_not_found", problem.Code);
        }
        await RefreshAsync(theirs.RefreshToken);
    }

    [Fact]
    public async Task The_session_calls_need_a_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Delete, "sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Delete, $"sessions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_long_or_control_character_user_agent_is_kept_short_and_printable()
    {
        var email = await VerifiedAsync("agent-shape");
        var tokens = await client.SignInFromAsync(email, "Agent/" + new string('x', 2000));

        var agent = Assert.Single(await AgentsAsync(tokens.AccessToken), a => a?.StartsWith("Agent/") == true);

        Assert.Equal(512, agent!.Length);
    }

    async Task<string> VerifiedAsync(string prefix)
    {
        var email = NewEmail(prefix);
        var first = await client.CreateVerifiedAccountAsync(email);
        // The sign-in that creating the account made is a device too; sign it out so each test sees only its own.
        Expect(HttpStatusCode.NoContent, await client.PostAsync("logout", new { refreshToken = first.RefreshToken }, first.AccessToken));
        return email;
    }

    async Task<List<string?>> AgentsAsync(string accessToken)
    {
        var list = await (await client.GetAsync("sessions", accessToken)).Content.ReadFromJsonAsync<JsonElement>();
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userAgent").GetString())];
    }

    async Task<string> IdOfAsync(string accessToken, string userAgent)
    {
        var list = await (await client.GetAsync("sessions", accessToken)).Content.ReadFromJsonAsync<JsonElement>();
        return list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("userAgent").GetString() == userAgent).GetProperty("id").GetString()!;
    }

    async Task<JsonElement> RefreshAsync(string refreshToken)
    {
        var response = await client.PostAsync("refresh", new { refreshToken });
        Expect(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
