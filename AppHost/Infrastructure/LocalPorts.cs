using NatoAspire.LocalServers;

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
        int[] chosen =
        [
            section.GetValue<int?>("Postgres") ?? 0,
            section.GetValue<int?>("Redis") ?? 0,
            section.GetValue<int?>("RabbitMq") ?? 0,
            section.GetValue<int?>("Smtp") ?? 0,
            PublicPorts.Mailbox(configuration) ?? 0,
        ];
        var free = new Queue<int>(FreePorts.Take(chosen.Count(port => port == 0)));
        var ports = chosen.Select(port => port == 0 ? free.Dequeue() : port).ToArray();
        return new LocalPorts(ports[0], ports[1], ports[2], ports[3], ports[4]);
    }
}
