namespace NatoAspire.Chaos.Report;

/// <summary>When a failed request ran, measured against the fault it met.</summary>
public enum FailureTiming
{
    /// <summary>
    /// In flight at the moment of the fault: started before it and not finished by then
    /// (<c>Started &lt; At &amp;&amp; Finished &gt; At</c>). Only these may fail when a replica is killed.
    /// </summary>
    InFlight,
    /// <summary>Started after the fault, before the system was whole again.</summary>
    DuringOutage,
    /// <summary>Started once the system was whole again.</summary>
    AfterRecovery,
}
