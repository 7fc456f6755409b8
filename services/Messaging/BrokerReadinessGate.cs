using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NatoAspire.Messaging;

/// <summary>
/// Holds the start of the bus back until the broker accepts connections, checking every 200 ms. A service
/// usually starts before RabbitMQ has finished booting; left to itself, MassTransit's first connection fails and
/// its reconnect waits grow (6, 9, 15, 27 s were seen), so the service would connect long after the broker is up.
/// Registered before MassTransit's hosted service, which the host starts after this one. The wait is bounded:
/// after <see cref="MaxWait"/> the bus starts anyway and MassTransit's own retries take over.
/// </summary>
sealed class BrokerReadinessGate(Uri broker, ILogger<BrokerReadinessGate> logger) : IHostedService
{
    static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var port = broker.IsDefaultPort ? 5672 : broker.Port;
        var logged = false;
        while (!await AcceptsConnectionsAsync(broker.Host, port, cancellationToken))
        {
            if (waited.Elapsed >= MaxWait)
            {
                logger.LogWarning("The broker at {Host}:{Port} did not answer within {Seconds} s; starting the bus anyway", broker.Host, port, MaxWait.TotalSeconds);
                return;
            }
            if (!logged)
            {
                logger.LogInformation("Waiting for the broker at {Host}:{Port} before starting the bus", broker.Host, port);
                logged = true;
            }
            await Task.Delay(Interval, cancellationToken);
        }
        if (logged) logger.LogInformation("The broker answered after {Seconds:0.0} s", waited.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static async Task<bool> AcceptsConnectionsAsync(string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(host, port, attempt.Token);
            return true;
        }
        catch (SocketException) { return false; }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return false; }
    }
}
