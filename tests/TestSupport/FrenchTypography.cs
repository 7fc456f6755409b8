namespace NatoAspire.TestSupport;

/// <summary>The rules of French typography a text of the portal keeps: ’ for the apostrophe, and a non-breaking
/// space (U+00A0 or the narrow U+202F) before ; : ! ? and inside « ».</summary>
public static class FrenchTypography
{
    const string NonBreaking = "\u00A0\u202F";

    /// <summary>What breaks a rule, or null when none does.</summary>
    public static string? Problem(string text)
    {
        if (text.Contains('\'')) return "uses ' where French takes ’";
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : '\0';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            // A colon inside "HH:MM:SS" or a URL is not punctuation of a sentence: only one followed by a space or the end counts.
            if (c is ';' or ':' or '!' or '?' && char.IsWhiteSpace(after) && !NonBreaking.Contains(before))
                return $"needs a non-breaking space before '{c}' (at {i})";
            if (c == '«' && !NonBreaking.Contains(after)) return $"needs a non-breaking space after « (at {i})";
            if (c == '»' && !NonBreaking.Contains(before)) return $"needs a non-breaking space before » (at {i})";
        }
        return null;
    }
}
