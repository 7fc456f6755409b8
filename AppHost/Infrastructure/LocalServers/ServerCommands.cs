namespace NatoAspire.LocalServers;

/// <summary>
/// The command lines of the infrastructure servers when no container runtime is available.
/// One description serves both the AppHost (as executable resources) and the test fixture (as child processes).
/// </summary>
public static class ServerCommands
{
    public const string PostgresBin = "/usr/lib/postgresql/15/bin";
    public const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

    /// <summary>
    /// PostgreSQL runs as the "postgres" user when we are root. DCP and our fixture stop a process with
    /// SIGTERM, which is PostgreSQL's "smart" shutdown that waits for every client; the wrapper turns it
    /// into SIGINT (fast shutdown) so the server stops in a second and leaves no postmaster.pid behind.
    /// </summary>
    public static LocalServerCommand Postgres(string dataDirectory, int port)
    {
        var server = $"{PostgresBin}/postgres -D \"$0\" -p {port} -c listen_addresses=127.0.0.1 -k \"$0\"";
        var script =
            $"{AsPostgresUser(server)} 2>&1 | {RouteLogLinesBySeverity} & child=$!; " +
            "trap 'kill -INT $(head -n 1 \"$0/postmaster.pid\") 2>/dev/null' TERM INT; " +
            "wait $child; wait $child";
        return new("/bin/sh", ["-c", script, dataDirectory], NoEnvironment);
    }

    /// <summary>
    /// PostgreSQL writes every log line to stderr, which a process supervisor reads as errors. Only the lines of
    /// severity ERROR, FATAL and PANIC stay on stderr; LOG, WARNING and the rest go to stdout. A shell loop, line by
    /// line: awk from Debian (mawk) reads a pipe in blocks and would hold the lines back.
    /// </summary>
    const string RouteLogLinesBySeverity =
        "while IFS= read -r line; do case \"$line\" in " +
        "*' ERROR:  '*|*' FATAL:  '*|*' PANIC:  '*) printf '%s\\n' \"$line\" >&2 ;; " +
        "*) printf '%s\\n' \"$line\" ;; esac; done";

    /// <summary>psql against the "postgres" database, reading its script from standard input and printing bare rows.</summary>
    public static LocalServerCommand Psql(int port) =>
        new($"{PostgresBin}/psql",
            ["-h", "127.0.0.1", "-p", port.ToString(), "-U", "postgres", "-d", "postgres",
             "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
            NoEnvironment);

    /// <summary>initdb, run once when the data folder holds no cluster yet.</summary>
    public static LocalServerCommand PostgresInitDb(string dataDirectory)
    {
        var initDb = AsPostgresUser($"{PostgresBin}/initdb -D \"$0\" -U postgres -A trust -E UTF8 --locale=C.UTF-8");
        // The cluster folder must belong to the user the server runs as, and be private to it.
        var prepare = IsRoot ? "mkdir -p \"$0\" && chown postgres \"$0\" && chmod 700 \"$0\"" : "mkdir -p \"$0\"";
        return new("/bin/sh", ["-c", $"{prepare} && {initDb}", dataDirectory], NoEnvironment);
    }

    public static LocalServerCommand PostgresIsReady(int port) =>
        new($"{PostgresBin}/pg_isready", ["-U", "postgres", "-h", "127.0.0.1", "-p", port.ToString()], NoEnvironment);

    public static bool PostgresClusterExists(string dataDirectory) =>
        File.Exists(Path.Combine(dataDirectory, "PG_VERSION"));

    public static LocalServerCommand Redis(int port) =>
        new("redis-server",
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            NoEnvironment);

    /// <summary>
    /// A node name that includes the AMQP port lets a development run and test runs live side by side;
    /// the distribution port is set explicitly because port + 20000 can pass 65535.
    /// </summary>
    public static LocalServerCommand RabbitMq(string baseDirectory, int port)
    {
        Directory.CreateDirectory(baseDirectory);
        var enabledPlugins = Path.Combine(baseDirectory, "enabled_plugins");
        if (!File.Exists(enabledPlugins)) File.WriteAllText(enabledPlugins, "[].");
        return new(RabbitMqServer, [], new Dictionary<string, string>
        {
            ["HOME"] = baseDirectory,
            ["RABBITMQ_BASE"] = baseDirectory,
            ["RABBITMQ_NODENAME"] = $"nato{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = RabbitMqDistributionPort(port).ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(baseDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(baseDirectory, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_PID_FILE"] = Path.Combine(baseDirectory, "pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = enabledPlugins,
        });
    }

    /// <summary>smtp4dev from the repository's tool manifest; run it with the repository as working directory.</summary>
    public static LocalServerCommand Smtp4Dev(int smtpPort, int webPort) =>
        new("dotnet",
            ["tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={smtpPort}",
             "--bindaddress=127.0.0.1", "--imapport=0", "--pop3port=0", "--db=", "--nousersettings"],
            NoEnvironment);

    /// <summary>
    /// RabbitMQ's second port, which must be free too. Below the ephemeral range where the AMQP port allows it (free
    /// ports are taken from 20000–30000), so that no port the OS hands out takes it; otherwise as before, so that
    /// existing nodes keep their distribution port.
    /// </summary>
    public static int RabbitMqDistributionPort(int port) =>
        port is >= 11024 and < 32768 ? port - 10000 : port + 20000 <= 65535 ? port + 20000 : port - 20000;

    static bool IsRoot => Environment.UserName == "root";

    static string AsPostgresUser(string command) => IsRoot ? $"runuser -u postgres -- {command}" : command;
}
