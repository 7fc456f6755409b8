using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Localization;

/// <summary>A video's title, summary and description in the language asked for, or in English, and which it is.</summary>
public sealed record LocalizedTexts(string Language, string Title, string Summary, string Description)
{
    public static LocalizedTexts Of(Video video, string language) =>
        Of(video.Title, video.Summary, video.Description, video.TextTranslations, language);

    /// <summary>The same from the columns a query read (the list reads no description: pass "").</summary>
    public static LocalizedTexts Of(string title, string summary, string description, IEnumerable<TextTranslation> translations, string language) =>
        TranslationIn(translations, language) is { } translation
            ? new(translation.Language, translation.Title, translation.Summary, translation.Description)
            : new(PortalLanguages.English, title, summary, description);

    internal static TextTranslation? TranslationIn(IEnumerable<TextTranslation> translations, string language) =>
        language == PortalLanguages.English ? null : translations.FirstOrDefault(t => t.Language == language);
}

/// <summary>A video's usage terms and restrictions in the language asked for, or in English, and which it is.</summary>
public sealed record LocalizedTerms(string Language, string UsageTerms, string Restrictions)
{
    public static LocalizedTerms Of(Video video, string language) =>
        LocalizedTexts.TranslationIn(video.TextTranslations, language) is { HasTerms: true } translation
            ? new(translation.Language, translation.UsageTerms, translation.Restrictions)
            : new(PortalLanguages.English, video.UsageTerms, video.Restrictions);
}
