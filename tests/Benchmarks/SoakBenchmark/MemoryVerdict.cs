namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// One process over the run: what it held when the warm-up ended, at the end, and at most in between. Growth is the
/// end over the warm-up's end; a process that was replaced (a new pid) during the run is reported, not judged.
/// </summary>
public sealed record MemoryVerdict(string Process, ProcessSample AtWarmUp, ProcessSample AtEnd, long MaxResidentKiB, bool Replaced)
{
    public double Growth => (double)(AtEnd.ResidentKiB - AtWarmUp.ResidentKiB) / AtWarmUp.ResidentKiB;

    /// <summary>Growth of the anonymous pages alone (heaps and jitted code, not mapped files).</summary>
    public double AnonymousGrowth => (double)(AtEnd.AnonymousKiB - AtWarmUp.AnonymousKiB) / Math.Max(1, AtWarmUp.AnonymousKiB);

    public bool Holds => Replaced || Growth < SoakOptions.GrowthLimit;

    public string Row =>
        $"| {Process} | {Mib(AtWarmUp.ResidentKiB)} | {Mib(AtEnd.ResidentKiB)} | {Growth:+0.0 %;-0.0 %} | {AnonymousGrowth:+0.0 %;-0.0 %} | {Mib(MaxResidentKiB)} | " +
        $"{AtWarmUp.Threads} → {AtEnd.Threads} | {(Replaced ? "replaced during the run" : Holds ? "yes" : "NO")} |";

    public const string Header =
        "| process | RSS MiB after warm-up | RSS MiB at end | growth | growth of anonymous pages | max RSS MiB after warm-up | threads | < 10 % |\n" +
        "| --- | --- | --- | --- | --- | --- | --- | --- |";

    static string Mib(long kib) => (kib / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
