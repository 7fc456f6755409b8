using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Tests.Support;

namespace NatoAspire.Identity.Tests.Codes;

[Collection(IdentityCollection.Name)]
public sealed class OneTimeCodeStoreTests(IdentityHost host)
{
    readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    readonly string email = AccountClient.NewEmail("codes");

    OneTimeCodeStore Store => new(host.Redis, Options.Create(new CodeOptions { HmacKey = new string('k', 32) }), clock);

    [Fact]
    public async Task Code_is_six_digits_and_valid_once()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        Assert.Matches("^[0-9]{6}$", issued.Code);
        Assert.Equal(clock.GetUtcNow().AddMinutes(30), issued.ExpiresAt);
        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
        Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task Code_is_still_valid_just_before_30_minutes()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));

        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task Code_expires_after_30_minutes()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task Send_new_code_replaces_the_old_one()
    {
        var first = await Store.IssueAsync(email, CodePurpose.Verification);
        IssuedCode second;
        do second = await Store.IssueAsync(email, CodePurpose.Verification); while (second.Code == first.Code);

        Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, first.Code)).Outcome);
        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, second.Code)).Outcome);
    }

    [Fact]
    public async Task Five_wrong_tries_kill_the_code()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);
        var wrong = WrongCode(issued.Code);

        for (var i = 0; i < 5; i++)
            Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, wrong)).Outcome);

        Assert.Equal(CodeCheck.AttemptsExceeded, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task Four_wrong_tries_leave_the_right_code_working()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        for (var i = 0; i < 4; i++) await Store.CheckAsync(email, CodePurpose.Verification, WrongCode(issued.Code));

        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task A_new_code_revives_a_dead_one()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);
        for (var i = 0; i < 6; i++) await Store.CheckAsync(email, CodePurpose.Verification, WrongCode(issued.Code));

        var fresh = await Store.IssueAsync(email, CodePurpose.Verification);

        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, fresh.Code)).Outcome);
    }

    [Fact]
    public async Task Verification_and_reset_codes_are_not_interchangeable()
    {
        var verification = await Store.IssueAsync(email, CodePurpose.Verification);
        var reset = await Store.IssueAsync(email, CodePurpose.PasswordReset);

        if (verification.Code != reset.Code)
        {
            Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.PasswordReset, verification.Code)).Outcome);
            Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, reset.Code)).Outcome);
        }
        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.Verification, verification.Code)).Outcome);
        Assert.Equal(CodeCheck.Valid, (await Store.CheckAsync(email, CodePurpose.PasswordReset, reset.Code)).Outcome);
    }

    [Fact]
    public async Task A_code_for_one_address_does_not_work_for_another()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(AccountClient.NewEmail(), CodePurpose.Verification, issued.Code)).Outcome);
    }

    [Fact]
    public async Task Tries_count_for_an_address_that_has_no_code_exactly_as_for_one_that_has()
    {
        for (var i = 0; i < 5; i++)
            Assert.Equal(CodeCheck.Invalid, (await Store.CheckAsync(email, CodePurpose.Verification, "123456")).Outcome);

        Assert.Equal(CodeCheck.AttemptsExceeded, (await Store.CheckAsync(email, CodePurpose.Verification, "123456")).Outcome);
    }

    [Fact]
    public async Task Redis_holds_only_a_keyed_hash_of_the_code()
    {
        var issued = await Store.IssueAsync(email, CodePurpose.Verification);

        var entry = await host.Redis.GetDatabase().HashGetAllAsync($"identity:code:verify:{email}");
        var ttl = await host.Redis.GetDatabase().KeyTimeToLiveAsync($"identity:code:verify:{email}");

        var hash = (byte[])entry.Single(e => e.Name == "h").Value!;
        Assert.Equal(32, hash.Length);
        Assert.DoesNotContain(entry, e => e.Value.ToString().Contains(issued.Code));
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    static string WrongCode(string code) => ((int.Parse(code) + 1) % 1_000_000).ToString("D6");
}
