namespace NatoAspire.Web.Pages;

/// <summary>A Retry-After as people say it.</summary>
public static class Wait
{
    public static string Describe(TimeSpan? retryAfter)
    {
        if (retryAfter is not { } wait) return "a moment";
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 120) return seconds == 1 ? "1 second" : $"{seconds} seconds";
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return $"{minutes} minutes";
    }
}
