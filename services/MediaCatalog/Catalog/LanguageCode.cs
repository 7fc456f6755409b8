namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>Languages are two-letter ISO 639-1 codes ("en", "fr"), in any case on the way in, lower case once stored.</summary>
public static class LanguageCode
{
    public static bool IsValid(string? code) => code?.Trim() is { Length: 2 } c && c.All(char.IsAsciiLetter);
}
