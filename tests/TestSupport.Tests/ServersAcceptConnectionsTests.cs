using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace NatoAspire.TestSupport.Tests;

[Collection(InfrastructureCollection.Name)]
public sealed class ServersAcceptConnectionsTests(InfrastructureFixture fixture, ITestOutputHelper output)
{
    static readonly TimeSpan IoTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Reports_how_long_the_servers_took_to_start()
    {
        output.WriteLine($"Mode: {(fixture.UsesContainers ? "containers" : "local processes")}");
        output.WriteLine($"All ready after {fixture.StartupDuration.TotalSeconds:0.0} s");
        foreach (var (server, time) in fixture.StartupTimes.OrderBy(t => t.Value))
        {
            output.WriteLine($"  {server}: {time.TotalSeconds:0.0} s");
        }

        Assert.Equal(["PostgreSQL", "RabbitMQ", "Redis", "smtp4dev"], fixture.StartupTimes.Keys.Order());
    }

    [Fact]
    public async Task Redis_answers_PING_with_PONG()
    {
        var (host, port) = SplitHostAndPort(fixture.RedisConnectionString);
        using var cancellation = new CancellationTokenSource(IoTimeout);
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellation.Token);
        var stream = client.GetStream();

        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellation.Token);
        var reply = new byte[7];
        await stream.ReadExactlyAsync(reply, cancellation.Token);

        Assert.Equal("+PONG\r\n", Encoding.ASCII.GetString(reply));
    }

    [Fact]
    public async Task PostgreSQL_runs_a_query()
    {
        var result = await fixture.RunPostgresScriptAsync("select 'pg' || 'ok';");

        Assert.Contains("pgok", result);
    }

    [Fact]
    public async Task PostgreSQL_creates_a_database_once_and_names_it_in_the_connection_string()
    {
        await fixture.CreateDatabaseAsync("Fixture_Probe");
        await fixture.CreateDatabaseAsync("Fixture_Probe");

        var databases = await fixture.RunPostgresScriptAsync("select datname from pg_database where datname = 'Fixture_Probe';");
        Assert.Contains("Fixture_Probe", databases);
        Assert.Contains("Database=Fixture_Probe", fixture.PostgresConnectionString("Fixture_Probe"));
    }

    [Fact]
    public async Task RabbitMQ_answers_the_AMQP_protocol_header_with_Connection_Start()
    {
        var uri = new Uri(fixture.RabbitMqConnectionString);

        var frame = await ReadFirstAmqpFrameStartAsync(uri.Host, uri.Port);

        Assert.Equal(1, frame[0]);                      // method frame
        Assert.Equal([0, 0], frame[1..3]);              // channel 0
        Assert.Equal([0, 10, 0, 10], frame[7..11]);     // class Connection, method Start
    }

    [Fact]
    public async Task RabbitMQ_comes_back_on_the_same_port_after_a_restart()
    {
        var before = fixture.RabbitMqConnectionString;
        var uri = new Uri(before);

        await fixture.StopRabbitMqAsync();
        using (var client = new TcpClient())
        {
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(uri.Host, uri.Port));
        }
        await fixture.StartRabbitMqAsync();

        Assert.Equal(before, fixture.RabbitMqConnectionString);
        var frame = await ReadFirstAmqpFrameStartAsync(uri.Host, uri.Port);
        Assert.Equal([0, 10, 0, 10], frame[7..11]);
    }

    [Fact]
    public async Task Smtp4dev_receives_a_mail_and_the_mailbox_finds_its_code()
    {
        var subject = $"Your sign-in code {Guid.NewGuid():N}";
        using (var smtp = new System.Net.Mail.SmtpClient(fixture.SmtpHost, fixture.SmtpPort))
        using (var message = new System.Net.Mail.MailMessage("noreply@nato.test", "alice@nato.test", subject,
                   "Hello Alice,\nyour code is 482913. It expires in 10 minutes.\n"))
        {
            message.To.Add("bob@nato.test");
            await smtp.SendMailAsync(message);
        }

        var mail = await fixture.Mailbox.WaitForMessageAsync(m => m.Subject == subject, TimeSpan.FromSeconds(10));
        var text = await fixture.Mailbox.GetPlainTextAsync(mail.Id);
        var raw = await fixture.Mailbox.GetRawAsync(mail.Id);

        Assert.Equal("noreply@nato.test", mail.From);
        Assert.True(mail.IsTo("alice@nato.test"), string.Join(", ", mail.To));
        Assert.True(mail.IsTo("bob@nato.test"), string.Join(", ", mail.To));
        Assert.Equal("482913", Mailbox.FindSixDigitCode(text));
        Assert.Contains($"Subject: {subject}", raw);
    }

    [Fact]
    public async Task The_mailbox_can_be_emptied()
    {
        using (var smtp = new System.Net.Mail.SmtpClient(fixture.SmtpHost, fixture.SmtpPort))
        {
            await smtp.SendMailAsync("noreply@nato.test", "carol@nato.test", "to be deleted", "body");
        }
        await fixture.Mailbox.WaitForMessageAsync(m => m.IsTo("carol@nato.test"), TimeSpan.FromSeconds(10));

        await fixture.Mailbox.DeleteAllAsync();

        Assert.Empty(await fixture.Mailbox.ListAsync());
    }

    static async Task<byte[]> ReadFirstAmqpFrameStartAsync(string host, int port)
    {
        using var cancellation = new CancellationTokenSource(IoTimeout);
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellation.Token);
        var stream = client.GetStream();
        await stream.WriteAsync("AMQP\0\0\u0009\u0001"u8.ToArray(), cancellation.Token);
        var frame = new byte[11];
        await stream.ReadExactlyAsync(frame, cancellation.Token);
        return frame;
    }

    static (string Host, int Port) SplitHostAndPort(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        return (endpoint[..colon], int.Parse(endpoint[(colon + 1)..]));
    }
}
