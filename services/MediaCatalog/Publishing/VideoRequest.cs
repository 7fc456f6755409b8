using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>A video's metadata as an admin sends it, to create the video or to replace what it says.</summary>
public sealed record VideoRequest(
    string? Title, string? Summary, string? Description, DateTimeOffset? PublishedAt, string? Location,
    List<string?>? Topics, int? DurationSeconds, List<ShotRequest?>? ShotList, string? Transcript,
    List<TranslationRequest?>? Translations, string? Credit, string? UsageTerms, string? Restrictions, List<string?>? Languages,
    List<TextTranslationRequest?>? TextTranslations)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        var text = new TextFields(errors);
        text.Check("title", Title, CatalogLimits.TitleLength, required: true, multiline: false);
        text.Check("summary", Summary, CatalogLimits.SummaryLength, required: true, multiline: true);
        text.Check("description", Description, CatalogLimits.DescriptionLength, required: false, multiline: true);
        text.Check("location", Location, CatalogLimits.LocationLength, required: false, multiline: false);
        text.Check("transcript", Transcript, CatalogLimits.TranscriptLength, required: false, multiline: true);
        text.Check("credit", Credit, CatalogLimits.CreditLength, required: false, multiline: false);
        text.Check("usageTerms", UsageTerms, CatalogLimits.TermsLength, required: false, multiline: true);
        text.Check("restrictions", Restrictions, CatalogLimits.TermsLength, required: false, multiline: true);
        if (PublishedAt is null) errors["publishedAt"] = ["publishedAt is required (ISO 8601 with an offset)."];
        if (DurationSeconds is null or < 0 or > CatalogLimits.MaxDurationSeconds)
            errors["durationSeconds"] = [$"durationSeconds must be a whole number from 0 to {CatalogLimits.MaxDurationSeconds}."];
        if (Topics is { Count: > CatalogLimits.TopicCount })
            errors["topics"] = [$"At most {CatalogLimits.TopicCount} topics."];
        else if (Topics?.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > CatalogLimits.TopicLength || ControlCharacters.AnyIn(t)) == true)
            errors["topics"] = [$"Each topic must be 1 to {CatalogLimits.TopicLength} characters of text."];
        if (ShotList is { Count: > CatalogLimits.ShotCount })
            errors["shotList"] = [$"At most {CatalogLimits.ShotCount} shots."];
        else if (ShotList?.Any(s => s is null || !s.IsValid) == true)
            errors["shotList"] = [$"Each shot needs a timecode (HH:MM:SS or HH:MM:SS:FF) and a description of 1 to {CatalogLimits.ShotDescriptionLength} characters."];
        if (Languages is { Count: > CatalogLimits.LanguageCount } || Languages?.Any(l => !LanguageCode.IsValid(l)) == true)
            errors["languages"] = [$"languages are at most {CatalogLimits.LanguageCount} two-letter ISO 639-1 codes such as \"en\"."];
        if (Translations is { Count: > CatalogLimits.LanguageCount } || Translations?.Any(t => t is null || !t.IsValid) == true)
            errors["translations"] = [$"Each translation needs a two-letter language and a text of at most {CatalogLimits.TranscriptLength} characters."];
        ValidateTextTranslations(text, errors);
        return errors;
    }

    void ValidateTextTranslations(TextFields text, Dictionary<string, string[]> errors)
    {
        if (TextTranslations is null) return;
        for (var i = 0; i < TextTranslations.Count; i++)
        {
            if (TextTranslations[i] is { } translation) translation.Validate($"textTranslations[{i}]", this, text, errors);
            else errors[$"textTranslations[{i}]"] = ["Each text translation must be an object."];
        }
        if (TextTranslations.OfType<TextTranslationRequest>().GroupBy(t => t.NormalizedLanguage).Any(g => g.Count() > 1))
            errors["textTranslations"] = ["At most one text translation a language."];
    }

    public Video ToVideo()
    {
        var video = new Video { Id = Guid.CreateVersion7(), Title = "", Summary = "", Description = "" };
        ApplyTo(video);
        return video;
    }

    public void ApplyTo(Video video)
    {
        video.Title = Title!.Trim();
        video.Summary = Summary!.Trim();
        video.Description = Description?.Trim() ?? "";
        video.PublishedAt = PublishedAt!.Value.ToUniversalTime();
        video.Location = string.IsNullOrWhiteSpace(Location) ? null : Location.Trim();
        video.SetTopics((Topics ?? []).Select(t => t!));
        video.DurationSeconds = DurationSeconds!.Value;
        video.ShotList = [.. (ShotList ?? []).Select(s => new Shot { Timecode = s!.Timecode!.Trim(), Description = s.Description!.Trim() })];
        video.Transcript = Transcript?.Trim() ?? "";
        video.Translations = [.. (Translations ?? []).Select(t => new TranscriptTranslation { Language = t!.Language!.Trim().ToLowerInvariant(), Text = t.Text!.Trim() })];
        video.Credit = string.IsNullOrWhiteSpace(Credit) ? Video.DefaultCredit : Credit.Trim();
        video.UsageTerms = UsageTerms?.Trim() ?? "";
        video.Restrictions = Restrictions?.Trim() ?? "";
        video.Languages = [.. (Languages ?? []).Select(l => l!.Trim().ToLowerInvariant()).Distinct()];
        video.TextTranslations = [.. (TextTranslations ?? []).Select(t => t!.ToTranslation())];
    }
}

public sealed partial record ShotRequest(string? Timecode, string? Description)
{
    public bool IsValid =>
        Timecode is not null && TimecodeShape().IsMatch(Timecode.Trim())
        && !string.IsNullOrWhiteSpace(Description) && Description.Trim().Length <= CatalogLimits.ShotDescriptionLength
        && !ControlCharacters.AnyIn(Description);

    [System.Text.RegularExpressions.GeneratedRegex(@"\A[0-9]{2}:[0-5][0-9]:[0-5][0-9](?::[0-9]{2})?\z")]
    private static partial System.Text.RegularExpressions.Regex TimecodeShape();
}

public sealed record TranslationRequest(string? Language, string? Text)
{
    public bool IsValid =>
        LanguageCode.IsValid(Language) && !string.IsNullOrWhiteSpace(Text) && Text.Trim().Length <= CatalogLimits.TranscriptLength
        && !ControlCharacters.AnyIn(Text, multiline: true);
}
