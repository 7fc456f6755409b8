namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>Checks shared by every text field a client may send.</summary>
public static class TextRules
{
    /// <summary>Control characters never belong in catalogue text; line breaks and tabs may, where <paramref name="multiline"/>.</summary>
    public static bool HasControlCharacters(string text, bool multiline = false) =>
        text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));
}
