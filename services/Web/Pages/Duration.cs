using Microsoft.Extensions.Localization;

namespace NatoAspire.Web.Pages;

public static class Duration
{
    public static string Format(int seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss") : span.ToString(@"m\:ss");
    }

    /// <summary>"1.5 GB", « 1,5 Go »: the number in the page's culture, the unit in its language.</summary>
    public static string Size(long bytes, IStringLocalizer text) => bytes switch
    {
        >= 1L << 30 => text["{0:0.0} GB", bytes / (double)(1L << 30)],
        >= 1L << 20 => text["{0:0.0} MB", bytes / (double)(1L << 20)],
        >= 1L << 10 => text["{0:0} KB", bytes / (double)(1L << 10)],
        _ => text["{0} bytes", bytes],
    };
}
