using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>
/// A video's editorial texts in another language the portal speaks (French), as an admin sends them beside the
/// English. Each set is whole or absent, so that an answer never mixes languages within one: the texts (title and
/// summary, and the description when the English has one) and, if given, the terms (usage terms and restrictions,
/// each where the English has it).
/// </summary>
public sealed record TextTranslationRequest(
    string? Language, string? Title, string? Summary, string? Description, string? UsageTerms, string? Restrictions)
{
    internal void Validate(string field, VideoRequest english, TextFields text, Dictionary<string, string[]> errors)
    {
        if (!PortalLanguages.IsSupported(Language) || PortalLanguages.Normalize(Language) == PortalLanguages.English)
            errors[$"{field}.language"] = [$"language must be one the portal speaks besides English: {string.Join(", ", PortalLanguages.All.Where(l => l != PortalLanguages.English).Select(l => $"\"{l}\""))}."];
        text.Check($"{field}.title", Title, CatalogLimits.TitleLength, required: true, multiline: false);
        text.Check($"{field}.summary", Summary, CatalogLimits.SummaryLength, required: true, multiline: true);
        text.Check($"{field}.description", Description, CatalogLimits.DescriptionLength, required: Given(english.Description), multiline: true);
        var hasTerms = Given(UsageTerms) || Given(Restrictions);
        text.Check($"{field}.usageTerms", UsageTerms, CatalogLimits.TermsLength, required: hasTerms && Given(english.UsageTerms), multiline: true);
        text.Check($"{field}.restrictions", Restrictions, CatalogLimits.TermsLength, required: hasTerms && Given(english.Restrictions), multiline: true);
    }

    public string NormalizedLanguage => PortalLanguages.Normalize(Language);

    public TextTranslation ToTranslation() => new()
    {
        Language = NormalizedLanguage,
        Title = Title!.Trim(),
        Summary = Summary!.Trim(),
        Description = Description?.Trim() ?? "",
        UsageTerms = UsageTerms?.Trim() ?? "",
        Restrictions = Restrictions?.Trim() ?? "",
    };

    static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}
