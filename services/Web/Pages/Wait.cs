using Microsoft.Extensions.Localization;
using NatoAspire.Web.Localization;

namespace NatoAspire.Web.Pages;

/// <summary>A Retry-After as people say it, in the page's language.</summary>
public static class Wait
{
    public static string Describe(TimeSpan? retryAfter, IStringLocalizer text)
    {
        if (retryAfter is not { } wait) return text["a moment"];
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 120) return SpanText.Count(seconds, "second", text);
        return SpanText.Count((int)Math.Ceiling(seconds / 60.0), "minute", text);
    }
}
