using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>The length and character rules of a request's text fields, each failure under its field's name.</summary>
sealed class TextFields(Dictionary<string, string[]> errors)
{
    public void Check(string field, string? value, int maxLength, bool required, bool multiline)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = [$"{field} is required."];
        }
        else if (value.Trim().Length > maxLength)
            errors[field] = [$"{field} must be at most {maxLength} characters."];
        else if (ControlCharacters.AnyIn(value, multiline))
            errors[field] = [$"{field} must not contain control characters."];
    }
}
