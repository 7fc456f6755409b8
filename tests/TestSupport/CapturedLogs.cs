using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NatoAspire.TestSupport;

/// <summary>One log line a test host wrote: its level, category and rendered message (exception text included).</summary>
public sealed record CapturedLogLine(LogLevel Level, string Category, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

/// <summary>
/// Every log line of a test host, down to whatever level its logging filters let through: for tests that a line is
/// written, written once, or never carries a secret.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    readonly ConcurrentQueue<CapturedLogLine> entries = new();

    public IReadOnlyCollection<CapturedLogLine> Entries => entries;

    /// <summary>Each line as "Level Category: message".</summary>
    public IEnumerable<string> Lines => entries.Select(entry => entry.ToString());

    /// <summary>The lines of one level from a category ending with <paramref name="categoryEnd"/> (a class name).</summary>
    public IEnumerable<string> At(LogLevel level, string categoryEnd) =>
        entries.Where(entry => entry.Level == level && entry.Category.EndsWith(categoryEnd, StringComparison.Ordinal))
            .Select(entry => entry.ToString());

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<CapturedLogLine> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new(logLevel, category, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}
