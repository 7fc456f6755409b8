using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.SelfService;

[Collection(IdentityCollection.Name)]
public sealed class EmailChangeTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_code_to_the_new_address_moves_the_account_and_the_old_address_is_told()
    {
        var oldEmail = NewEmail("move-from");
        var newEmail = NewEmail("move-to");
        var tokens = await client.CreateVerifiedAccountAsync(oldEmail);

        using var requested = await Request(tokens.AccessToken, newEmail.ToUpperInvariant());
        Expect(HttpStatusCode.Accepted, requested);
        Assert.True(requested.Headers.CacheControl?.NoStore);
        Assert.Equal(1800, (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codeExpiresInSeconds").GetInt32());
        var issued = await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == newEmail);
        Assert.NotNull(issued);
        Assert.Equal(TimeSpan.FromMinutes(30), issued.ValidFor);

        using var verified = await Verify(tokens.AccessToken, issued.Code);

        Expect(HttpStatusCode.OK, verified);
        Assert.Equal(newEmail, (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        var me = await (await client.GetAsync("me", tokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(newEmail, me.GetProperty("email").GetString());
        var told = await client.LatestEventAsync<EmailChanged>(e => e.NewEmail == newEmail);
        Assert.Equal(oldEmail, told?.OldEmail);
        Expect(HttpStatusCode.OK, await client.LoginAsync(newEmail));
        await Problem.ReadAsync(await client.LoginAsync(oldEmail), HttpStatusCode.Unauthorized);
        // Single use.
        Assert.Equal("invalid_code", (await Problem.ReadAsync(await Verify(tokens.AccessToken, issued.Code), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_taken_address_is_answered_like_a_free_one_and_no_code_goes_to_it()
    {
        var taken = NewEmail("taken");
        await client.CreateVerifiedAccountAsync(taken);
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("wants-taken"));
        var free = await client.CreateVerifiedAccountAsync(NewEmail("wants-free"));

        using var toTaken = await Request(tokens.AccessToken, taken);
        using var toFree = await Request(free.AccessToken, NewEmail("free"));

        Assert.Equal(toFree.StatusCode, toTaken.StatusCode);
        Assert.Equal(await toFree.Content.ReadAsStringAsync(), await toTaken.Content.ReadAsStringAsync());
        Assert.Empty(await client.EventsAsync<EmailChangeCodeIssued>(e => e.Email == taken));
        foreach (var guess in new[] { "000000", "123456" })
            Assert.Equal("invalid_code", (await Problem.ReadAsync(await Verify(tokens.AccessToken, guess), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task An_address_taken_after_the_code_was_sent_is_an_invalid_code()
    {
        var oldEmail = NewEmail("late-from");
        var contested = NewEmail("contested");
        var tokens = await client.CreateVerifiedAccountAsync(oldEmail);
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, contested));
        var code = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == contested))!.Code;

        await client.CreateVerifiedAccountAsync(contested);

        Assert.Equal("invalid_code", (await Problem.ReadAsync(await Verify(tokens.AccessToken, code), HttpStatusCode.BadRequest)).Code);
        var me = await (await client.GetAsync("me", tokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(oldEmail, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_unverified_registration_of_the_new_address_gives_way_to_the_owner_who_proved_it()
    {
        var newEmail = NewEmail("squatted");
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(newEmail));
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("squat-owner"));
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, newEmail));
        var code = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == newEmail))!.Code;

        Expect(HttpStatusCode.OK, await Verify(tokens.AccessToken, code));

        Expect(HttpStatusCode.OK, await client.LoginAsync(newEmail));
    }

    [Fact]
    public async Task Wrong_codes_are_invalid_and_the_sixth_try_finds_the_code_dead()
    {
        var newEmail = NewEmail("guess-to");
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("guess-from"));
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, newEmail));
        var code = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == newEmail))!.Code;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
            Assert.Equal("invalid_code", (await Problem.ReadAsync(await Verify(tokens.AccessToken, wrong), HttpStatusCode.BadRequest)).Code);

        Assert.Equal("code_attempts_exceeded", (await Problem.ReadAsync(await Verify(tokens.AccessToken, code), HttpStatusCode.TooManyRequests)).Code);
    }

    [Fact]
    public async Task A_code_expires_after_30_minutes()
    {
        var newEmail = NewEmail("expire-to");
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("expire-from"));
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, newEmail));
        var code = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == newEmail))!.Code;
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var refreshed = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });
        var accessToken = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        Assert.Equal("invalid_code", (await Problem.ReadAsync(await Verify(accessToken, code), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_later_request_for_another_address_leaves_the_earlier_code_useless()
    {
        var first = NewEmail("first-choice");
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("changes-mind"));
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, first));
        var firstCode = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == first))!.Code;
        var second = NewEmail("second-choice");
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, second));
        var secondCode = (await client.LatestEventAsync<EmailChangeCodeIssued>(e => e.Email == second))!.Code;

        if (firstCode != secondCode) await Problem.ReadAsync(await Verify(tokens.AccessToken, firstCode), HttpStatusCode.BadRequest);
        using var verified = await Verify(tokens.AccessToken, secondCode);

        Assert.Equal(second, (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_second_code_to_the_same_address_within_a_minute_is_refused()
    {
        var newEmail = NewEmail("limit-to");
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("limit-from"));
        Expect(HttpStatusCode.Accepted, await Request(tokens.AccessToken, newEmail));

        using var again = await Request(tokens.AccessToken, newEmail);

        Assert.Equal("rate_limited", (await Problem.ReadAsync(again, HttpStatusCode.TooManyRequests)).Code);
        Assert.NotNull(again.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_password_the_current_address_and_bad_input_are_refused_without_a_code()
    {
        var email = NewEmail("refuse");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        var target = NewEmail("refused-target");

        var wrong = await Problem.ReadAsync(await Request(tokens.AccessToken, target, "Not-The-Password-1!"), HttpStatusCode.BadRequest);
        var same = await Problem.ReadAsync(await Request(tokens.AccessToken, email.ToUpperInvariant()), HttpStatusCode.BadRequest);
        var malformed = await Problem.ReadAsync(await Request(tokens.AccessToken, "not an address"), HttpStatusCode.BadRequest);
        var shortCode = await Problem.ReadAsync(await Verify(tokens.AccessToken, "12345"), HttpStatusCode.BadRequest);
        var anonymous = await client.PostAsync("email/change", new { newEmail = target, password = Password });

        Assert.Equal("invalid_credentials", wrong.Code);
        Assert.Equal(["newEmail"], same.Errors.Keys);
        Assert.Equal(["newEmail"], malformed.Errors.Keys);
        Assert.Equal(["code"], shortCode.Errors.Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Empty(await client.EventsAsync<EmailChangeCodeIssued>(e => e.Email == target));
    }

    Task<HttpResponseMessage> Request(string accessToken, string newEmail, string password = Password) =>
        client.PostAsync("email/change", new { newEmail, password }, accessToken);

    Task<HttpResponseMessage> Verify(string accessToken, string code) => client.PostAsync("email/verify", new { code }, accessToken);
}
