namespace NatoAspire.Identity.Validation;

/// <summary>Names and organisations: trimmed, bounded, free of control and text-direction characters.</summary>
public static class PersonName
{
    public const int MaximumNameLength = 100;
    public const int MaximumOrganisationLength = 200;

    public static string? Problem(string? value, string label, int maximumLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value)) return required ? $"{label} is required." : null;
        var trimmed = value.Trim();
        if (trimmed.Length > maximumLength) return $"{label} must be at most {maximumLength} characters long.";
        if (!IsPrintable(trimmed)) return $"{label} must not contain control characters.";
        return null;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    static bool IsPrintable(string text) => !ControlCharacters.AnyIn(text) && !HasInvisibleLayout(text);

    /// <summary>Line and paragraph separators, text-direction overrides, and halves of a character.</summary>
    static bool HasInvisibleLayout(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u2028' or '\u2029' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069') return true;
            if (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i]))) return true;
            if (char.IsLowSurrogate(c)) return true;
        }
        return false;
    }
}
