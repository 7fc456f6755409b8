using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Privacy;

[Collection(IdentityCollection.Name)]
public sealed class AccountExportTests(IdentityHost host) : IAsyncLifetime
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
    public async Task The_export_holds_the_profile_every_session_the_subscription_and_every_page_of_downloads()
    {
        var email = NewEmail("export");
        var first = await client.CreateVerifiedAccountAsync(email);
        await client.SignInFromAsync(email, "Tablet/2.0");
        services.Downloads[first.AccessToken] = 150;

        var response = await client.GetAsync("export", first.AccessToken);

        Expect(HttpStatusCode.OK, response);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches("""^"?nato-multimedia-account-\d{4}-\d{2}-\d{2}\.json"?$""", response.Content.Headers.ContentDisposition?.FileName);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var account = export.GetProperty("account");
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Ada", account.GetProperty("firstName").GetString());
        Assert.Equal("Lovelace", account.GetProperty("lastName").GetString());
        Assert.Equal("NATO", account.GetProperty("organisation").GetString());
        Assert.Equal(await client.AccountIdAsync(email), account.GetProperty("id").GetGuid());
        Assert.DoesNotContain("passwordHash", export.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var sessions = export.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.True(s.GetProperty("active").GetBoolean()));
        Assert.Contains(sessions, s => s.GetProperty("userAgent").GetString() == "Tablet/2.0");
        Assert.Equal("reader@example.org", export.GetProperty("newsletter").GetProperty("email").GetString());
        Assert.True(export.GetProperty("newsletter").GetProperty("subscribed").GetBoolean());
        var downloads = export.GetProperty("downloads").EnumerateArray().ToList();
        Assert.Equal(150, downloads.Count);
        Assert.Equal(150, downloads.Select(d => d.GetProperty("fileId").GetGuid()).Distinct().Count());
        // Each service was asked with the owner's own token, never one of identity's.
        var calls = services.Calls.Where(c => c.Authorization == $"Bearer {first.AccessToken}").Select(c => c.Path).ToList();
        Assert.Contains("/api/newsletter/subscription/export", calls);
        Assert.Equal(2, calls.Count(p => p == "/api/media/me/downloads"));
    }

    [Fact]
    public async Task A_service_that_is_down_makes_the_export_a_503_problem_not_a_partial_document()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("export-down"));
        services.NewsletterDown[tokens.AccessToken] = true;

        var response = await client.GetAsync("export", tokens.AccessToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("service_unavailable", problem.Code);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Content.Headers.ContentDisposition);
    }

    [Fact]
    public async Task A_service_that_does_not_listen_makes_the_export_a_503_problem()
    {
        await using var unreachable = host.App.WithWebHostBuilder(builder => builder
            .UseSetting("Privacy:Newsletter", services.Address.AbsoluteUri)
            .UseSetting("Privacy:MediaCatalog", "http://127.0.0.1:9"));
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("export-refused"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account/export");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        var response = await unreachable.CreateClient().SendAsync(request);

        Assert.Equal("service_unavailable", (await Problem.ReadAsync(response, HttpStatusCode.ServiceUnavailable)).Code);
    }

    [Fact]
    public async Task Without_a_token_the_export_is_refused()
    {
        var response = await client.GetAsync("export");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(services.Calls, c => c.Authorization.Length == 0);
    }

    public async Task DisposeAsync()
    {
        await identity.DisposeAsync();
        await services.DisposeAsync();
    }
}
