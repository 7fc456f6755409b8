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

    /// <summary>
    /// A free port below Linux's ephemeral range (32768–60999). A port the OS hands out (port 0) is chosen now but
    /// bound only when the server starts; in between, DCP binds ephemeral ports of its own for the services'
    /// endpoints and once took Redis's, so Redis could not listen and the probe reached DCP's proxy instead.
    /// </summary>
    static int OrFree(int port)
    {
        if (port != 0) return port;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var candidate = Random.Shared.Next(FreeRangeStart, FreeRangeEnd);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, candidate);
                listener.Start();
                return candidate;
            }
            catch (SocketException) { /* taken: try another */ }
        }
        throw new InvalidOperationException($"No free port between {FreeRangeStart} and {FreeRangeEnd}.");
    }

    const int FreeRangeStart = 20000;
    const int FreeRangeEnd = 30000;
}
