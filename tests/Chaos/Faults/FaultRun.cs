using NatoAspire.WholeSystem.Load;

namespace NatoAspire.Chaos.Faults;

/// <summary>
/// One fault as it happened, on <see cref="Clock"/>. <see cref="At"/> is the moment of the fault: for a kill the
/// instant the process was dead (right after SIGKILL), for a stop or a restart the instant the stop was asked for.
/// <see cref="RecoveredAt"/> is the first moment after it at which the gateway's <c>/health</c> answered 200 and
/// every instance of the system was running and healthy again (for a kill: a new process).
/// <see cref="Restarted"/>: the process came back (a kill's new process, a stop's start).
/// </summary>
public sealed record FaultRun(Fault Fault, long At, long RecoveredAt, string Detail, bool Restarted)
{
    public double SecondsToHealthy => Clock.SecondsBetween(At, RecoveredAt);
}
