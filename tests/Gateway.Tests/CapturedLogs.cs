using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NatoAspire.Gateway.Tests;

/// <summary>Keeps every log line of one gateway, rendered, with its level.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> lines = new();

    public IReadOnlyCollection<(LogLevel Level, string Category, string Message)> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) logs.lines.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
