using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.EndToEnd;

[Collection(SystemCollection.Name)]
public sealed class BrokerOutageTests(SystemFixture system)
{
    const string Broker = "rabbitmq-server";

    [Fact]
    public async Task Verification_emails_of_accounts_registered_while_RabbitMQ_is_down_arrive_exactly_once_when_it_is_back()
    {
        var commands = system.App.Services.GetRequiredService<ResourceCommandService>();
        var accounts = new AccountClient(system.Gateway);
        var emails = Enumerable.Range(0, 5).Select(i => Accounts.NewEmail($"outage{i}")).ToList();

        var stopped = await commands.ExecuteCommandAsync(Broker, KnownResourceCommands.StopCommand);
        Assert.True(stopped.Success, stopped.Message);
        await system.App.ResourceNotifications.WaitForResourceAsync(Broker, KnownResourceStates.TerminalStates);
        try
        {
            foreach (var email in emails)
            {
                using var registered = await accounts.RegisterAsync(email, Accounts.Password);
                Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.DoesNotContain(await system.Mailbox.ListAsync(), m => emails.Any(m.IsTo));
        }
        finally
        {
            var started = await commands.ExecuteCommandAsync(Broker, KnownResourceCommands.StartCommand);
            Assert.True(started.Success, started.Message);
        }
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync(Broker);

        foreach (var email in emails)
            await system.Mailbox.WaitForMessageAsync(m => m.IsTo(email), TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(5)); // a duplicate, if any, would follow closely
        var mails = await system.Mailbox.ListAsync();
        foreach (var email in emails)
            Assert.Single(mails, m => m.IsTo(email));

        // Leave the system as the other tests expect it: every service connected again.
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync("gateway");
    }
}
