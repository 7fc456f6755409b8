using System.Net;
using System.Net.Sockets;

namespace NatoAspire.AppHost.Infrastructure;

/// <summary>
/// Ports of the local servers (Infrastructure:Ports:*). Development uses fixed ports so that RabbitMQ's node,
/// whose name includes its port, keeps its data across restarts; 0 picks a free port (what tests do).
/// </summary>
sealed record LocalPorts(int Postgres, int Redis, int RabbitMq, int Smtp, int MailboxWeb)
{
    public static LocalPorts From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Infrastructure:Ports");
        return new LocalPorts(
            OrFree(section.GetValue<int?>("Postgres") ?? 0),
            OrFree(section.GetValue<int?>("Redis") ?? 0),
            OrFree(section.GetValue<int?>("RabbitMq") ?? 0),
            OrFree(section.GetValue<int?>("Smtp") ?? 0),
            OrFree(PublicPorts.Mailbox(configuration) ?? 0));
    }

    static int OrFree(int port)
    {
        if (port != 0) return port;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
