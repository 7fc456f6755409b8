using System.Net;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.EndToEnd;

/// <summary>What the dashboard offers a developer: its resource commands, run as the dashboard runs them, and the links it shows.</summary>
[Collection(SystemCollection.Name)]
public sealed class DashboardTests(SystemFixture system)
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    ResourceCommandService Commands => system.App.Services.GetRequiredService<ResourceCommandService>();

    [Fact]
    public async Task Empty_the_mailbox_deletes_every_email_it_caught()
    {
        using var cancellation = new CancellationTokenSource(CommandTimeout);
        var email = $"mailbox-command-{Guid.NewGuid():N}@example.org";
        using (var smtp = new System.Net.Mail.SmtpClient("127.0.0.1", await SmtpPortAsync(cancellation.Token)))
            await smtp.SendMailAsync("no-reply@nato.test", email, "to be deleted", "body", cancellation.Token);
        await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(30));

        var result = await Commands.ExecuteCommandAsync("mailbox", "empty-mailbox", cancellation.Token);

        Assert.True(result.Success, result.Message);
        Assert.Empty(await system.Mailbox.ListAsync(cancellation.Token));
    }

    [Fact]
    public async Task Send_a_test_newsletter_publishes_an_issue_as_the_development_admin()
    {
        using var cancellation = new CancellationTokenSource(CommandTimeout);

        // The dashboard shows the command on each replica; any one of them sends the issue once.
        var result = await Commands.ExecuteCommandAsync(system.Instances["newsletter"][0], "send-test-newsletter", cancellation.Token);

        Assert.True(result.Success, result.Message);
        Assert.Matches(@"^Issue sent to \d+ subscriber", result.Message);
    }

    [Theory]
    [InlineData("notification")]
    [InlineData("newsletter")]
    [InlineData("media-catalog")]
    public async Task Move_failed_messages_back_reaches_the_mover_of_each_service_that_consumes(string service)
    {
        using var cancellation = new CancellationTokenSource(CommandTimeout);

        var result = await Commands.ExecuteCommandAsync(system.Instances[service][0], "move-failed-messages-back", cancellation.Token);

        // A wrong path or a refused caller would be a failure; what was waiting depends on the tests before this one.
        Assert.True(result.Success, result.Message);
        Assert.Matches(@"^(No failed messages were waiting\.|Moved \d+ message\(s\) back: )", result.Message);
    }

    [Theory]
    [InlineData("/api/account")]
    [InlineData("/api/newsletter")]
    [InlineData("/api/media")]
    public async Task Each_API_publishes_its_OpenAPI_document_and_reference_through_the_gateway(string prefix)
    {
        using var document = await system.Gateway.GetAsync($"{prefix}/openapi/v1.json");
        using var reference = await system.Gateway.GetAsync($"{prefix}/openapi");

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        using var json = JsonDocument.Parse(await document.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("paths").EnumerateObject(), path => path.Name.StartsWith(prefix + "/"));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    async Task<int> SmtpPortAsync(CancellationToken cancellation)
    {
        var smtp = await system.App.GetConnectionStringAsync("smtp", cancellation) ?? throw new InvalidOperationException("No smtp connection string.");
        return new Uri(smtp).Port;
    }
}
