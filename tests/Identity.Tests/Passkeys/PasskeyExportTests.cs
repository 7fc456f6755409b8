using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NatoAspire.Identity.Tests.Privacy;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Passkeys;

[Collection(IdentityCollection.Name)]
public sealed class PasskeyExportTests(IdentityHost host) : IAsyncLifetime
{
    readonly StandInDataServices services = new();
    WebApplicationFactory<Program> identity = null!;
    AccountClient client = null!;

    public async Task InitializeAsync()
    {
        await services.StartAsync();
        identity = host.App.WithWebHostBuilder(builder => builder
            .UseSetting("Privacy:Newsletter", services.Address.AbsoluteUri)
            .UseSetting("Privacy:MediaCatalog", services.Address.AbsoluteUri));
        client = new AccountClient(identity.CreateClient(), host.App);
    }

    [Fact]
    public async Task The_export_lists_the_accounts_passkeys()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("passkey-export"));
        using var authenticator = new SoftwareAuthenticator();
        await new PasskeyCalls(client).AddAsync(tokens.AccessToken, authenticator, "Office key");

        var response = await client.GetAsync("export", tokens.AccessToken);

        Expect(HttpStatusCode.OK, response);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var passkey = Assert.Single(export.GetProperty("passkeys").EnumerateArray());
        Assert.Equal("Office key", passkey.GetProperty("name").GetString());
    }

    public async Task DisposeAsync()
    {
        await identity.DisposeAsync();
        await services.DisposeAsync();
    }
}
