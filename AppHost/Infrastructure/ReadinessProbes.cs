using System.Net.Sockets;
using NatoAspire.LocalInfrastructure;

namespace NatoAspire.AppHost.Infrastructure;

static class ReadinessProbes
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    public static async Task<bool> TcpAsync(int port, CancellationToken cancellation)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellation);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// pg_isready, because PostgreSQL accepts TCP connections before it accepts queries; then the services'
    /// databases are created where missing, so that "ready" means a service can connect to its own.
    /// </summary>
    public static async Task<bool> PostgresAsync(int port, IReadOnlyList<string> databases, CancellationToken cancellation) =>
        await LocalServerProcess.ExitCodeAsync(LocalServers.PostgresIsReady(port), cancellation) == 0 &&
        await LocalServerProcess.ExitCodeAsync(LocalServers.PostgresCreateDatabases(port, databases), cancellation) == 0;

    public static async Task<bool> HttpAsync(Uri uri, CancellationToken cancellation)
    {
        try
        {
            using var response = await Http.GetAsync(uri, cancellation);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
