namespace NatoAspire.LocalServers;

/// <summary>What clients are given to reach the local servers, all on loopback.</summary>
public static class LocalConnectionStrings
{
    public static string Postgres(int port, string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database}";

    public static string Redis(int port) => $"127.0.0.1:{port}";

    public static string RabbitMq(int port) => $"amqp://guest:guest@127.0.0.1:{port}/";

    public static string Smtp(int port) => $"smtp://127.0.0.1:{port}";
}
