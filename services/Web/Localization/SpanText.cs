using Microsoft.Extensions.Localization;

namespace NatoAspire.Web.Localization;

/// <summary>
/// Lengths of time as the pages say them, in the page's language: "30 minutes", « 30 minutes », "1 heure". The rule is
/// <see cref="CodeValidity.Duration"/>'s (whole hours or minutes where the span has them), and in English the words
/// are its words, so that the page and the email say the same thing (a test compares them).
/// </summary>
public static class SpanText
{
    public static string Of(TimeSpan span, IStringLocalizer text)
    {
        var seconds = Math.Max(0, (long)Math.Round(span.TotalSeconds));
        if (seconds >= 3600 && seconds % 3600 == 0) return Count(seconds / 3600, "hour", text);
        if (seconds >= 60 && seconds % 60 == 0) return Count(seconds / 60, "minute", text);
        return Count(seconds, "second", text);
    }

    /// <summary>"This code will expire in 30 minutes.", the validity identity reported for the code just sent.</summary>
    public static string CodeValidity(TimeSpan validFor, IStringLocalizer text) => text["This code will expire in {0}.", Of(validFor, text)];

    public static string Count(long count, string unit, IStringLocalizer text) =>
        count == 1 ? text[$"1 {unit}"] : text[$"{{0}} {unit}s", count];
}
