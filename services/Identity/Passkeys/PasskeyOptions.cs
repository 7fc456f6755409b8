namespace NatoAspire.Identity.Passkeys;

/// <summary>Where passkeys are valid and how long a ceremony may take (section <c>Passkeys</c>).</summary>
public sealed class PasskeyOptions
{
    public const string Section = "Passkeys";

    /// <summary>
    /// The origins (scheme, host, port) whose pages may run a ceremony: the public address of the portal, which the
    /// browser reaches through the gateway. A ceremony run on any other page fails. Required outside Development;
    /// in Development the AppHost passes the gateway's address, and without one it is <c>http://localhost:8080</c>.
    /// </summary>
    public List<string> Origins { get; set; } = [];

    /// <summary>
    /// The relying party id: the domain passkeys are bound to. It must be the origins' host or a parent domain of it
    /// (never an IP address: browsers refuse one). Defaults to the host of the first origin.
    /// </summary>
    public string? ServerDomain { get; set; }

    /// <summary>The name an authenticator shows beside a passkey. Defaults to "NATO Multimedia".</summary>
    public string ServerName { get; set; } = "NATO Multimedia";

    /// <summary>
    /// How long a ceremony's challenge waits in Redis to be answered, once; the browser is told the same timeout.
    /// Defaults to 5 minutes.
    /// </summary>
    public TimeSpan CeremonyLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most passkeys one account may hold; a further one is refused until one is removed. Defaults to 20.</summary>
    public int MaxPerAccount { get; set; } = 20;

    /// <summary>The relying party id that <see cref="ServerDomain"/> names, or the host of the first origin.</summary>
    public string RelyingPartyId => string.IsNullOrWhiteSpace(ServerDomain) ? new Uri(Origins[0]).Host : ServerDomain;
}
