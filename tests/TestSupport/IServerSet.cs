namespace NatoAspire.TestSupport;

/// <summary>The four servers the fixture provides, whether they run in containers or as local processes.</summary>
internal interface IServerSet : IAsyncDisposable
{
    /// <summary>How long each server took to be ready, by server name.</summary>
    IReadOnlyDictionary<string, TimeSpan> StartupTimes { get; }

    string RedisConnectionString { get; }

    string RabbitMqConnectionString { get; }

    string SmtpHost { get; }

    int SmtpPort { get; }

    Uri MailboxApiBaseUri { get; }

    /// <summary>Starts all servers in parallel and returns once every one of them answers.</summary>
    Task StartAsync();

    string PostgresConnectionString(string database);

    /// <summary>Runs a psql script against the "postgres" database and returns what psql printed.</summary>
    Task<string> RunPostgresScriptAsync(string script);

    Task StopRabbitMqAsync();

    Task StartRabbitMqAsync();

    Task StopRedisAsync();

    Task StartRedisAsync();
}
