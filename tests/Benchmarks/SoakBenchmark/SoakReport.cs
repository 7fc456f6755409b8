namespace NatoAspire.Benchmarks.Soak;

/// <summary>Prints each line as it comes and keeps the whole run in <c>soak-report.md</c> beside the benchmark.</summary>
public sealed class SoakReport
{
    public string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "soak-report.md");

    public SoakReport() => File.WriteAllText(Path, "");

    public void Line(string line = "")
    {
        Console.WriteLine(line);
        File.AppendAllText(Path, line + "\n");
    }
}
