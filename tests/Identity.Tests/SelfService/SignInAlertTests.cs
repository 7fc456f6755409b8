using System.Net;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.SelfService;

[Collection(IdentityCollection.Name)]
public sealed class SignInAlertTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task The_first_sign_in_after_verification_is_not_announced()
    {
        var email = NewEmail("first-sign-in");
        await client.CreateVerifiedAccountAsync(email);

        Assert.Empty(await AlertsAsync(email));
    }

    [Fact]
    public async Task A_new_device_is_announced_once_and_its_device_token_keeps_it_known()
    {
        var email = NewEmail("new-device");
        await client.CreateVerifiedAccountAsync(email);

        var phone = await client.SignInFromAsync(email, "Phone/1.0");
        var again = await client.SignInFromAsync(email, "Phone/1.0", phone.DeviceToken);
        await client.SignInFromAsync(email, "Phone/1.0", again.DeviceToken);

        var alert = Assert.Single(await AlertsAsync(email));
        Assert.Equal("Phone/1.0", alert.UserAgent);
        Assert.Equal(await client.AccountIdAsync(email), alert.AccountId);
    }

    [Fact]
    public async Task A_forged_device_token_or_one_of_another_address_is_a_new_device()
    {
        var email = NewEmail("forged-device");
        await client.CreateVerifiedAccountAsync(email);
        var other = await client.CreateVerifiedAccountAsync(NewEmail("other-device"));

        await client.SignInFromAsync(email, "Forger/1.0", "not-a-device-token");
        await client.SignInFromAsync(email, "Borrower/1.0", other.DeviceToken);

        Assert.Equal(2, (await AlertsAsync(email)).Count);
    }

    [Fact]
    public async Task A_failed_sign_in_is_not_announced()
    {
        var email = NewEmail("failed-device");
        await client.CreateVerifiedAccountAsync(email);

        await Problem.ReadAsync(await client.LoginAsync(email, "Wrong-Passw0rd-2026"), HttpStatusCode.Unauthorized);

        Assert.Empty(await AlertsAsync(email));
    }

    Task<List<SignedInFromNewDevice>> AlertsAsync(string email) => client.EventsAsync<SignedInFromNewDevice>(e => e.Email == email);
}
