using System.Globalization;

namespace NatoAspire.GatewayBenchmark;

/// <summary>One wrk run of one path, with the CPU time each server spent meanwhile.</summary>
sealed record Run(string Path, Wrk.Result Result, IReadOnlyDictionary<string, TimeSpan> Cpu)
{
    public double MicrosecondsPerRequest(string server) => Cpu[server].TotalMicroseconds / Result.Requests;
}

/// <summary>Medians over the rounds, and each ratio of issue #12 beside its target.</summary>
static class Report
{
    public static void Print(IReadOnlyList<Run> runs, IReadOnlyList<string> servers)
    {
        var byPath = runs.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.ToList());
        double Rate(string path) => Median(byPath[path].Select(r => r.Result.RequestsPerSecond));
        double Cpu(string path, string server) => Median(byPath[path].Select(r => r.MicrosecondsPerRequest(server)));

        Console.WriteLine();
        Console.WriteLine($"{"path",-22} {"req/s",8}   CPU µs per request: {string.Join(" ", servers.Select(s => $"{s,8}"))}");
        foreach (var path in byPath.Keys)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path,-22} {Rate(path),8:0}                       {string.Join(" ", servers.Select(s => $"{Cpu(path, s),8:0}"))}"));

        Console.WriteLine();
        Console.WriteLine($"{"measure",-62} {"value",8}  target");
        Line("catalogue via gateway ÷ direct (req/s)", Rate("catalogue via gateway") / Rate("catalogue direct"), "≥ 0.85");
        Line("gateway CPU per proxied catalogue request (µs)", Cpu("catalogue via gateway", "gateway"), "≤ 60", "0");
        Line("catalogue via gateway ÷ gateway /alive (req/s)", Rate("catalogue via gateway") / Rate("gateway /alive"), "≥ 0.3");
        Line("home page via gateway ÷ gateway /alive (req/s)", Rate("home page via gateway") / Rate("gateway /alive"), "≥ 0.15");
    }

    static void Line(string what, double value, string target, string format = "0.00") =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-62} {value.ToString(format, CultureInfo.InvariantCulture),8}  {target}"));

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
