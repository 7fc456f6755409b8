namespace NatoAspire.AppHost;

/// <summary>The ports of docs/contract.md §2, each overridable by its environment variable; 0 means "any free port".</summary>
static class PublicPorts
{
    public static int? Gateway(IConfiguration configuration) => Read(configuration, "NATO_GATEWAY_PORT", 8080);

    public static int? Mailbox(IConfiguration configuration) => Read(configuration, "NATO_MAILBOX_PORT", 8025);

    static int? Read(IConfiguration configuration, string key, int fallback)
    {
        var port = configuration.GetValue<int?>(key) ?? fallback;
        return port == 0 ? null : port;
    }
}
