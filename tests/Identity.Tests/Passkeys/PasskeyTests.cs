using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Passkeys;

[Collection(IdentityCollection.Name)]
public sealed class PasskeyTests(IdentityHost host) : IDisposable
{
    readonly AccountClient client = host.CreateClient();
    readonly SoftwareAuthenticator authenticator = new();
    PasskeyCalls Passkeys => new(client);

    [Fact]
    public async Task A_passkey_is_registered_listed_used_to_sign_in_and_removed()
    {
        var email = NewEmail("passkey");
        var tokens = await client.CreateVerifiedAccountAsync(email);

        var options = await Passkeys.RegistrationOptionsAsync(tokens.AccessToken);
        Assert.Equal("portal.example", options.GetProperty("rp").GetProperty("id").GetString());
        var userHandle = Base64Url.DecodeFromChars(options.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(32, userHandle.Length);
        Assert.Equal(email, options.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("preferred", options.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
        Assert.Equal("preferred", options.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        Assert.Empty(options.GetProperty("excludeCredentials").EnumerateArray());

        var registered = await Passkeys.RegisterAsync(tokens.AccessToken, authenticator.Create(options), "My laptop");
        Expect(HttpStatusCode.Created, registered);
        var passkey = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("My laptop", passkey.GetProperty("name").GetString());
        var id = passkey.GetProperty("id").GetString()!;
        Assert.Equal($"/api/account/passkeys/{id}", registered.Headers.Location?.ToString());

        var listed = Assert.Single(await Passkeys.ListAsync(tokens.AccessToken));
        Assert.Equal(id, listed.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);

        var second = await Passkeys.RegistrationOptionsAsync(tokens.AccessToken);
        Assert.Equal(userHandle, Base64Url.DecodeFromChars(second.GetProperty("user").GetProperty("id").GetString()));
        Assert.Equal(Base64Url.EncodeToString(authenticator.CredentialId),
            Assert.Single(second.GetProperty("excludeCredentials").EnumerateArray()).GetProperty("id").GetString());

        var login = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()), userAgent: "Passkey/1.0");
        Expect(HttpStatusCode.OK, login);
        Assert.Equal("no-store", login.Headers.CacheControl?.ToString());
        var signedIn = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.Equal("Bearer", signedIn.TokenType);
        Assert.False(string.IsNullOrEmpty(signedIn.RefreshToken));
        Assert.False(string.IsNullOrEmpty(signedIn.DeviceToken));
        var me = await client.GetAsync("me", signedIn.AccessToken);
        Expect(HttpStatusCode.OK, me);
        Assert.Equal(email, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        var sessions = await (await client.GetAsync("sessions", signedIn.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(sessions.GetProperty("items").EnumerateArray(), s => s.GetProperty("userAgent").GetString() == "Passkey/1.0");
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(await Passkeys.ListAsync(tokens.AccessToken)).GetProperty("lastUsedAt").ValueKind);

        Expect(HttpStatusCode.NoContent, await client.SendAsync(HttpMethod.Delete, $"passkeys/{id}", bearer: tokens.AccessToken));
        Assert.Empty(await Passkeys.ListAsync(tokens.AccessToken));
        var removed = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()));
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(removed, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_replayed_assertion_is_refused()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-replay"));
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);

        var assertion = authenticator.Get(await Passkeys.LoginOptionsAsync());
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(assertion));

        var again = await Passkeys.LoginAsync(assertion);
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(again, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_replayed_assertion_is_refused_even_from_an_authenticator_that_does_not_count()
    {
        authenticator.Counts = false;
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-replay-uncounted"));
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);

        var assertion = authenticator.Get(await Passkeys.LoginOptionsAsync());
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(assertion));
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync())));

        // The counter says nothing here: only the used challenge stops the replay.
        var again = await Passkeys.LoginAsync(assertion);
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(again, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task An_assertion_whose_counter_does_not_move_forward_is_refused()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-counter"));
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync())));

        // A cloned authenticator answers a fresh challenge with the count the genuine one already used.
        authenticator.Counter--;
        var clone = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()));

        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(clone, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task A_ceremony_run_on_another_origin_is_refused()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-origin"));
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);

        authenticator.Origin = "https://portal.example.evil";
        var phished = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()));
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(phished, HttpStatusCode.Unauthorized)).Code);

        authenticator.Origin = IdentityApp.PortalOrigin;
        var otherRelyingParty = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync(), rpId: "evil.example"));
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(otherRelyingParty, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task The_sign_in_options_do_not_tell_whether_an_address_has_an_account()
    {
        var email = NewEmail("passkey-known");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);

        var known = await Passkeys.LoginOptionsAsync(email);
        var unknown = await Passkeys.LoginOptionsAsync(NewEmail("passkey-nobody"));
        var none = await Passkeys.LoginOptionsAsync();

        Assert.Equal(ShapeOf(known), ShapeOf(unknown));
        Assert.Equal(ShapeOf(known), ShapeOf(none));
        Assert.Empty(known.GetProperty("allowCredentials").EnumerateArray());
        Assert.NotEqual(known.GetProperty("challenge").GetString(), unknown.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task A_ceremony_begun_on_one_replica_finishes_on_another()
    {
        await using var replica = new IdentityApp(host.Infrastructure, host.Clock);
        var other = new PasskeyCalls(new AccountClient(replica.CreateClient(), replica));
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-replica"));

        var registration = authenticator.Create(await Passkeys.RegistrationOptionsAsync(tokens.AccessToken));
        Expect(HttpStatusCode.Created, await other.RegisterAsync(tokens.AccessToken, registration));

        var assertion = authenticator.Get(await other.LoginOptionsAsync());
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(assertion));
        // Taken once, on the first replica: the second has nothing left to finish.
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(await other.LoginAsync(assertion), HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task An_unverified_account_cannot_sign_in_with_a_passkey()
    {
        var email = NewEmail("passkey-unverified");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Accounts.Where(a => a.Email == email)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.EmailVerified, false));
        }

        var login = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()));

        Assert.Equal(ProblemCodes.EmailNotVerified, (await Problem.ReadAsync(login, HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_passkeys()
    {
        var email = NewEmail("passkey-deleted");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);
        var accountId = await client.AccountIdAsync(email);

        Expect(HttpStatusCode.NoContent, await client.SendAsync(HttpMethod.Delete, "", new { password = Password }, tokens.AccessToken));

        var login = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()));
        Assert.Equal(ProblemCodes.InvalidCredentials, (await Problem.ReadAsync(login, HttpStatusCode.Unauthorized)).Code);
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        Assert.False(await db.Set<Identity.Passkeys.Passkey>().AnyAsync(p => p.AccountId == accountId));
        Assert.False(await db.Set<Identity.Passkeys.PasskeyUser>().AnyAsync(u => u.AccountId == accountId));
    }

    [Fact]
    public async Task A_passkey_sign_in_from_a_new_device_is_announced_and_its_device_token_keeps_it_known()
    {
        var email = NewEmail("passkey-device");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        await Passkeys.AddAsync(tokens.AccessToken, authenticator);

        var first = await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()), userAgent: "Tablet/2.0");
        Expect(HttpStatusCode.OK, first);
        var deviceToken = (await first.Content.ReadFromJsonAsync<TokenResponse>())!.DeviceToken;
        Expect(HttpStatusCode.OK, await Passkeys.LoginAsync(authenticator.Get(await Passkeys.LoginOptionsAsync()), deviceToken, "Tablet/2.0"));

        var alert = Assert.Single(await client.EventsAsync<SignedInFromNewDevice>(e => e.Email == email));
        Assert.Equal("Tablet/2.0", alert.UserAgent);
    }

    [Fact]
    public async Task A_registration_answers_its_own_accounts_ceremony_once()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-once"));
        var stranger = await client.CreateVerifiedAccountAsync(NewEmail("passkey-stranger"));
        var credential = authenticator.Create(await Passkeys.RegistrationOptionsAsync(tokens.AccessToken));

        // Another account cannot finish it, and that try spends it.
        await Problem.ReadAsync(await Passkeys.RegisterAsync(stranger.AccessToken, credential), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await Passkeys.RegisterAsync(tokens.AccessToken, credential), HttpStatusCode.BadRequest);

        var fresh = authenticator.Create(await Passkeys.RegistrationOptionsAsync(tokens.AccessToken));
        Expect(HttpStatusCode.Created, await Passkeys.RegisterAsync(tokens.AccessToken, fresh));
        var replay = await Passkeys.RegisterAsync(tokens.AccessToken, fresh);
        Assert.Contains("credential", (await Problem.ReadAsync(replay, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_never_a_server_error()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-bad"));

        await Problem.ReadAsync(await client.SendAsync(HttpMethod.Post, "passkeys/register/options"), HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await client.GetAsync("passkeys"), HttpStatusCode.Unauthorized);
        var noCredential = await Problem.ReadAsync(await client.SendAsync(HttpMethod.Post, "passkeys/login", new { }), HttpStatusCode.BadRequest);
        Assert.Contains("credential", noCredential.Errors.Keys);
        await Problem.ReadAsync(await client.PostRawAsync("passkeys/login", """{"credential":{"rawId":"***","response":{}}}"""), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await client.PostRawAsync("passkeys/login", """{"credential":"text"}"""), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await client.PostRawAsync("passkeys/login/options", """{"email":"not an address"}"""), HttpStatusCode.BadRequest);
        var longName = await Passkeys.RegisterAsync(tokens.AccessToken, authenticator.Create(await Passkeys.RegistrationOptionsAsync(tokens.AccessToken)), new string('x', 65));
        Assert.Contains("name", (await Problem.ReadAsync(longName, HttpStatusCode.BadRequest)).Errors.Keys);

        // Well-formed JSON that no authenticator would send: refused as a failed sign-in.
        var garbage = new JsonObject
        {
            ["id"] = "AAAA", ["rawId"] = "AAAA", ["type"] = "public-key",
            ["response"] = new JsonObject { ["authenticatorData"] = "AAAA", ["clientDataJSON"] = "AAAA", ["signature"] = "AAAA" },
        };
        await Problem.ReadAsync(await Passkeys.LoginAsync(garbage), HttpStatusCode.Unauthorized);
        var wrongSignature = authenticator.Get(await Passkeys.LoginOptionsAsync(), rpId: "portal.example");
        wrongSignature["response"]!["signature"] = "AAAA";
        await Problem.ReadAsync(await Passkeys.LoginAsync(wrongSignature), HttpStatusCode.Unauthorized);

        await Problem.ReadAsync(await client.SendAsync(HttpMethod.Delete, "passkeys/not-an-id", bearer: tokens.AccessToken), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await client.SendAsync(HttpMethod.Delete, $"passkeys/{Guid.NewGuid()}", bearer: tokens.AccessToken), HttpStatusCode.NotFound);
    }

    /// <summary>The options' members and their kinds, all but the challenge's value.</summary>
    static string ShapeOf(JsonElement options) => string.Join(",", options.EnumerateObject()
        .Select(p => p.Name == "challenge" ? "challenge:string" : $"{p.Name}:{p.Value.ValueKind}:{(p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? p.Value.GetRawText() : p.Value.ToString())}"));

    public void Dispose() => authenticator.Dispose();
}
