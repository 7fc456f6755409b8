using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// The names under which requests share a budget. Two spellings of one endpoint share one budget, and one
/// client shares one budget however many addresses it can pick from.
/// </summary>
static class ClientPartition
{
    /// <summary>
    /// The client's address, as the forwarded-headers middleware left it: the TCP peer, unless that peer is a
    /// configured proxy. An IPv6 client is counted by its /64, the block one subscriber is usually given,
    /// so that stepping through its own addresses does not buy it new budgets.
    /// </summary>
    public static string Client(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    /// <summary>
    /// The endpoint a path names, spelled one way: routing lets "/api/account/login/", "/API/Account//login"
    /// and "/api/account/login" reach the same handler, so each must count against the same budget.
    /// </summary>
    public static string Endpoint(PathString path)
    {
        var normalised = new StringBuilder();
        foreach (var segment in (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries))
            normalised.Append('/').Append(segment.ToLowerInvariant());
        return normalised.Length == 0 ? "/" : normalised.ToString();
    }
}
