namespace NatoAspire.Chaos.Faults;

/// <summary>What the run does to the system, one after another, with the load running.</summary>
public enum FaultKind
{
    /// <summary>A server (RabbitMQ, PostgreSQL, Redis) stopped by Aspire and started again.</summary>
    ServerRestart,
    /// <summary><c>kill -9</c> of one replica's process; the AppHost's restarter must bring it back.</summary>
    ReplicaKill,
    /// <summary>A graceful stop (SIGTERM) of a process, then Aspire's start.</summary>
    GracefulStop,
}

public sealed record Fault(string Name, FaultKind Kind, string Resource)
{
    public static Fault Restart(string server) => new($"restart {server}", FaultKind.ServerRestart, server);

    public static Fault Kill(string service) => new($"kill -9 one {service} replica", FaultKind.ReplicaKill, service);

    public static Fault Stop(string project) => new($"stop {project} gracefully, start it", FaultKind.GracefulStop, project);
}
