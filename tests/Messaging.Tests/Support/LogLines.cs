using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>Every log line of a test host, as "Level Category: message", exception text included.</summary>
public sealed class LogLines : ILoggerProvider
{
    readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> All => lines;

    public IEnumerable<string> At(LogLevel level, string categoryEnd) =>
        lines.Where(line => line.StartsWith($"{level} ", StringComparison.Ordinal) && line.Contains(categoryEnd + ":", StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose() { }

    sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
    }
}
