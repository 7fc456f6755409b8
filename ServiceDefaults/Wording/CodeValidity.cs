using System.Globalization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// How the portal says how long a code is valid, in the email that carries it and on the page that asks for it
/// alike. Both pass the lifetime identity reported (the event's <c>ValidFor</c>, the API's
/// <c>codeExpiresInSeconds</c>), so the sentences follow <c>Codes:Lifetime</c> and cannot drift apart.
/// </summary>
public static class CodeValidity
{
    public static string Sentence(TimeSpan validFor) => $"This code will expire in {Duration(validFor)}.";

    /// <summary>"30 minutes", "1 hour", "45 seconds": whole hours or minutes where the span has them.</summary>
    public static string Duration(TimeSpan span)
    {
        var seconds = Math.Max(0, (long)Math.Round(span.TotalSeconds));
        if (seconds >= 3600 && seconds % 3600 == 0) return Count(seconds / 3600, "hour");
        if (seconds >= 60 && seconds % 60 == 0) return Count(seconds / 60, "minute");
        return Count(seconds, "second");
    }

    static string Count(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}");
}
