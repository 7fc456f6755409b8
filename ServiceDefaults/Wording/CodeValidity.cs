using System.Globalization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// How the portal says how long a code is valid, in the email that carries it and on the page that asks for it
/// alike. Both pass the lifetime identity reported (the event's <c>ValidFor</c>, the API's
/// <c>codeExpiresInSeconds</c>), so the sentences follow <c>Codes:Lifetime</c> and cannot drift apart.
/// </summary>
public static class CodeValidity
{
    public static string Sentence(TimeSpan validFor) => Sentence(validFor, PortalLanguages.English);

    /// <summary>"This code will expire in 30 minutes." or « Ce code expirera dans 30 minutes. »</summary>
    public static string Sentence(TimeSpan validFor, string? language) =>
        PortalLanguages.Normalize(language) == PortalLanguages.French
            ? $"Ce code expirera dans {Duration(validFor, language)}."
            : $"This code will expire in {Duration(validFor, language)}.";

    /// <summary>"30 minutes", "1 hour", "45 seconds": whole hours or minutes where the span has them.</summary>
    public static string Duration(TimeSpan span) => Duration(span, PortalLanguages.English);

    /// <summary>The same in the portal's <paramref name="language"/>: « 30 minutes », « 1 heure », « 45 secondes ».</summary>
    public static string Duration(TimeSpan span, string? language)
    {
        var french = PortalLanguages.Normalize(language) == PortalLanguages.French;
        var seconds = Math.Max(0, (long)Math.Round(span.TotalSeconds));
        if (seconds >= 3600 && seconds % 3600 == 0) return Count(seconds / 3600, french ? "heure" : "hour", french);
        if (seconds >= 60 && seconds % 60 == 0) return Count(seconds / 60, "minute", french);
        return Count(seconds, french ? "seconde" : "second", french);
    }

    // French puts 0 and 1 in the singular ("0 seconde"), English only 1.
    static string Count(long count, string unit, bool french) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 || (french && count == 0) ? "" : "s")}");
}
