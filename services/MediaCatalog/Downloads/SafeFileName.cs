using System.Text;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>A download's file name from the video's title and the file's label: ASCII letters, digits and dashes only.</summary>
public static class SafeFileName
{
    const int MaxStemLength = 100;

    public static string For(string title, string label, string extension)
    {
        var stem = Slug($"{title} {label}");
        if (stem.Length > MaxStemLength) stem = stem[..MaxStemLength].TrimEnd('-');
        return $"{(stem.Length == 0 ? "video" : stem)}.{extension}";
    }

    static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
