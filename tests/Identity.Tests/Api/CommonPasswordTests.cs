using System.Net;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>Issue 10 finding 6: a common word dressed up with a capital, digits and symbols is refused wherever a password is set.</summary>
[Collection(IdentityCollection.Name)]
public sealed class CommonPasswordTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Summer2026!!x")]
    public async Task Registration_refuses_a_decorated_common_password(string password)
    {
        var refused = await client.RegisterAsync(NewEmail("common"), password);

        var problem = await Problem.ReadAsync(refused, HttpStatusCode.BadRequest);
        Assert.Equal(["The password is too common; choose one that is harder to guess."], problem.Errors["password"]);
    }

    [Fact]
    public async Task A_reset_refuses_a_decorated_common_password()
    {
        var refused = await client.PostAsync("password/reset", new { resetToken = new string('A', 43), newPassword = "Summer2026!!x" });

        var problem = await Problem.ReadAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("The password is too common; choose one that is harder to guess.", problem.Errors["newPassword"]);
    }

    [Fact]
    public async Task Registration_accepts_a_strong_random_password() =>
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(NewEmail("strong"), "vX7#qL9!mT2$wR4k"));
}
