using System.Net;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Registration;

/// <summary>What verify needs besides the code, and what it says when that is missing or malformed.</summary>
[Collection(IdentityCollection.Name)]
public sealed class VerificationProofTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_verification_without_token_or_password_is_a_validation_error_and_no_try()
    {
        var email = NewEmail("no-proof");
        var token = await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);

        for (var i = 0; i < 6; i++)
        {
            var problem = await Problem.ReadAsync(await client.PostAsync("verify", new { email, code = "000000" }), HttpStatusCode.BadRequest);
            Assert.Equal("validation_failed", problem.Code);
            Assert.Equal(["registrationToken"], problem.Errors.Keys);
        }

        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, code, token));
    }

    [Fact]
    public async Task An_absurdly_long_token_or_password_is_a_validation_error()
    {
        var email = NewEmail("long-proof");

        var longToken = await Problem.ReadAsync(await client.VerifyAsync(email, "000000", new string('a', 5000)), HttpStatusCode.BadRequest);
        var longPassword = await Problem.ReadAsync(
            await client.PostAsync("verify", new { email, code = "000000", password = new string('a', 5000) }), HttpStatusCode.BadRequest);

        Assert.Equal(["registrationToken"], longToken.Errors.Keys);
        Assert.Equal(["password"], longPassword.Errors.Keys);
    }

    [Fact]
    public async Task A_malformed_token_is_a_wrong_try_with_the_one_answer()
    {
        var email = NewEmail("odd-token");
        await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);

        var problem = await Problem.ReadAsync(await client.VerifyAsync(email, code, "not-a-token-at-all\u0000"), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_code", problem.Code);
    }
}
