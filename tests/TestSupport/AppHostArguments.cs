namespace NatoAspire.TestSupport;

/// <summary>
/// How tests and benchmarks start the real AppHost: local servers on free ports, data in a folder of their
/// own, and fresh secrets, so that a run never meets a development run or another test run.
/// </summary>
public static class AppHostArguments
{
    public static string[] Isolated(string dataPath, string adminPassword, params string[] more) =>
    [
        "DcpPublisher:RandomizePorts=true",
        "Infrastructure:Mode=local",
        $"Infrastructure:DataPath={dataPath}",
        "Infrastructure:Ports:Postgres=0",
        "Infrastructure:Ports:Redis=0",
        "Infrastructure:Ports:RabbitMq=0",
        "Infrastructure:Ports:Smtp=0",
        "NATO_GATEWAY_PORT=0",
        "NATO_MAILBOX_PORT=0",
        $"Parameters:admin-password={adminPassword}",
        $"Parameters:code-hmac-key={Guid.NewGuid():N}{Guid.NewGuid():N}",
        $"Parameters:newsletter-unsubscribe-key={Guid.NewGuid():N}{Guid.NewGuid():N}",
        .. more,
    ];
}
