using System.Globalization;

namespace NatoAspire.DownloadBenchmark;

/// <summary>The numbers, as medians over the rounds.</summary>
static class Report
{
    const double MiB = 1 << 20;

    public static void Print(IReadOnlyList<Measurement> measurements, IReadOnlyList<string> servers)
    {
        var byPath = measurements.GroupBy(m => m.Path).ToDictionary(g => g.Key, g => g.ToList());
        var nginx = Median(byPath["nginx"].Select(m => m.BytesPerSecond));

        Console.WriteLine();
        Console.WriteLine($"{"path",-10} {"MiB/s",9} {"vs nginx",9}   CPU s/GiB: {string.Join(" ", servers.Select(s => $"{s,8}"))}   peak RSS MiB: {string.Join(" ", servers.Select(s => $"{s,8}"))}");
        foreach (var (path, runs) in byPath)
        {
            var rate = Median(runs.Select(m => m.BytesPerSecond));
            var cpu = servers.Select(s => Median(runs.Select(m => m.CpuSecondsPerGiB(s))));
            var rss = servers.Select(s => runs.Max(m => m.PeakResident.GetValueOrDefault(s)) / MiB);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-10} {rate / MiB,9:0} {rate / nginx,9:0.00}              {string.Join(" ", cpu.Select(c => $"{c,8:0.00}"))}                 {string.Join(" ", rss.Select(r => $"{r,8:0}"))}"));
        }
        Console.WriteLine();
        Console.WriteLine("Resident memory of each server before the download -> peak during it (MiB, worst run):");
        foreach (var (path, runs) in byPath)
        {
            var worst = runs.MaxBy(m => m.PeakResident.Sum(p => p.Value - m.ResidentBefore[p.Key]))!;
            Console.WriteLine($"  {path,-10} " + string.Join("   ", servers.Select(s =>
                string.Create(CultureInfo.InvariantCulture, $"{s} {worst.ResidentBefore[s] / MiB:0} -> {worst.PeakResident[s] / MiB:0}"))));
        }
        Console.WriteLine();
        Console.WriteLine("Each run, in order:");
        foreach (var m in measurements)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Path,-10} {m.Elapsed.TotalSeconds,6:0.00} s {m.BytesPerSecond / MiB,7:0} MiB/s  CPU s: {string.Join(", ", m.Cpu.Select(c => $"{c.Key} {c.Value.TotalSeconds:0.00}"))}"));
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
