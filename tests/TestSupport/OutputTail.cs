namespace NatoAspire.TestSupport;

/// <summary>
/// The last lines a server printed. Servers can be chatty for the whole test run, so only a bounded tail is kept:
/// enough to explain a failure in an exception message.
/// </summary>
internal sealed class OutputTail(int capacity = 200)
{
    const int MaxLineLength = 1000;

    readonly Queue<string> lines = new();
    readonly Lock gate = new();

    public void Add(string? line)
    {
        if (line is null) return;
        if (line.Length > MaxLineLength) line = line[..MaxLineLength] + "…";
        lock (gate)
        {
            if (lines.Count == capacity) lines.Dequeue();
            lines.Enqueue(line);
        }
    }

    public string Last(int count = 40)
    {
        lock (gate)
        {
            return lines.Count == 0 ? "(no output)" : string.Join('\n', lines.Skip(Math.Max(0, lines.Count - count)));
        }
    }
}
