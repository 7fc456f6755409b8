using System.Globalization;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The languages the portal speaks (CONTRACT §7): NATO's two official languages, English first. One home for the list,
/// so that the pages, the APIs, an account's stored language and the emails all agree on it.
/// </summary>
public static class PortalLanguages
{
    public const string English = "en";
    public const string French = "fr";

    /// <summary>The language of anything that names none, or names one the portal does not speak.</summary>
    public const string Default = English;

    public static IReadOnlyList<string> All { get; } = [English, French];

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [.. All.Select(CultureInfo.GetCultureInfo)];

    /// <summary>Whether <paramref name="language"/> is one the portal speaks, in any case, with or without a region ("fr-CA").</summary>
    public static bool IsSupported(string? language) => Find(language) is not null;

    /// <summary>The portal's code for <paramref name="language"/> ("fr-CA" → "fr"), or <see cref="Default"/>.</summary>
    public static string Normalize(string? language) => Find(language) ?? Default;

    /// <summary>The portal's code for a culture (the request's, an email's), or <see cref="Default"/>.</summary>
    public static string Of(CultureInfo culture) => Normalize(culture.TwoLetterISOLanguageName);

    public static CultureInfo CultureOf(string? language) => CultureInfo.GetCultureInfo(Normalize(language));

    static string? Find(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var primary = language.Trim().Split('-', '_')[0];
        return All.FirstOrDefault(l => string.Equals(l, primary, StringComparison.OrdinalIgnoreCase));
    }
}
