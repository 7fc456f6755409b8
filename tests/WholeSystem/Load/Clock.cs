using System.Diagnostics;

namespace NatoAspire.WholeSystem.Load;

/// <summary>One monotonic clock for requests and faults alike, so that "before" and "after" compare exactly.</summary>
public static class Clock
{
    public static long Now => Stopwatch.GetTimestamp();

    public static double SecondsBetween(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalSeconds;
}
