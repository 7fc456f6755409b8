using System.Globalization;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// How long the load runs, how often the processes are read, and from which minute growth is measured (the issue's
/// rule: after the first five minutes, resident memory grows less than 10 % and no call's p99 climbs).
/// </summary>
public sealed record SoakOptions(int Minutes, TimeSpan SampleInterval, int WarmUpMinutes)
{
    public const double GrowthLimit = 0.10;

    /// <summary>A p99 of the last minutes above this multiple of the p99 just after the warm-up counts as climbing.</summary>
    public const double ClimbLimit = 1.5;

    public static SoakOptions Parse(string[] args)
    {
        var minutes = 20;
        var sampleSeconds = 60;
        var warmUp = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--minutes": minutes = value; break;
                case "--sample-seconds": sampleSeconds = value; break;
                case "--warm-up-minutes": warmUp = value; break;
                default: throw new ArgumentException($"unknown option {args[i]} (--minutes, --sample-seconds, --warm-up-minutes)");
            }
        }
        if (warmUp >= minutes) throw new ArgumentException("--warm-up-minutes must be less than --minutes");
        return new SoakOptions(minutes, TimeSpan.FromSeconds(sampleSeconds), warmUp);
    }
}
