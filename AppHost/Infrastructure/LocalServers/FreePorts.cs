using System.Net;
using System.Net.Sockets;

namespace NatoAspire.LocalServers;

/// <summary>
/// Free loopback ports below Linux's ephemeral range (32768–60999), so that several test runs and a development run
/// can coexist. A port chosen now is bound only when its server starts; a port the OS hands out (port 0) could be
/// handed out again in between — DCP binds ephemeral ports for the services' endpoints and once took Redis's, so
/// Redis could not listen and its probe reached DCP's proxy instead.
/// </summary>
public static class FreePorts
{
    const int RangeStart = 20000;
    const int RangeEnd = 30000;
    const int AttemptsPerPort = 100;

    /// <summary>Keeps every listener open until all ports are chosen, so the ports are distinct.</summary>
    public static int[] Take(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++) listeners.Add(ListenOnAFreePort());
            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners) listener.Stop();
        }
    }

    public static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    static TcpListener ListenOnAFreePort()
    {
        for (var attempt = 0; attempt < AttemptsPerPort; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, Random.Shared.Next(RangeStart, RangeEnd));
            try
            {
                listener.Start();
                return listener;
            }
            catch (SocketException)
            {
                listener.Dispose(); // taken: try another
            }
        }
        throw new InvalidOperationException($"No free port between {RangeStart} and {RangeEnd}.");
    }
}
