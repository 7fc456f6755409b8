using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Publishing;

public sealed record CreateVideoRequest(
    string? Title, string? Summary, string? Description, DateTimeOffset? PublishedAt, string? Location,
    List<string?>? Topics, int? DurationSeconds)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "title", Title, CatalogLimits.TitleLength, required: true, multiline: false);
        Text(errors, "summary", Summary, CatalogLimits.SummaryLength, required: true, multiline: true);
        Text(errors, "description", Description, CatalogLimits.DescriptionLength, required: false, multiline: true);
        Text(errors, "location", Location, CatalogLimits.LocationLength, required: false, multiline: false);
        if (PublishedAt is null) errors["publishedAt"] = ["publishedAt is required (ISO 8601 with an offset)."];
        if (DurationSeconds is null or < 0 or > CatalogLimits.MaxDurationSeconds)
            errors["durationSeconds"] = [$"durationSeconds must be a whole number from 0 to {CatalogLimits.MaxDurationSeconds}."];
        if (Topics is { Count: > CatalogLimits.TopicCount })
            errors["topics"] = [$"At most {CatalogLimits.TopicCount} topics."];
        else if (Topics?.Any(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > CatalogLimits.TopicLength || TextRules.HasControlCharacters(t)) == true)
            errors["topics"] = [$"Each topic must be 1 to {CatalogLimits.TopicLength} characters of text."];
        return errors;
    }

    public Video ToVideo() => new()
    {
        Id = Guid.CreateVersion7(),
        Title = Title!.Trim(),
        Summary = Summary!.Trim(),
        Description = Description?.Trim() ?? "",
        PublishedAt = PublishedAt!.Value.ToUniversalTime(),
        Location = string.IsNullOrWhiteSpace(Location) ? null : Location.Trim(),
        Topics = [.. (Topics ?? []).Select(t => t!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        DurationSeconds = DurationSeconds!.Value,
    };

    static void Text(Dictionary<string, string[]> errors, string field, string? value, int maxLength, bool required, bool multiline)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = [$"{field} is required."];
        }
        else if (value.Trim().Length > maxLength)
            errors[field] = [$"{field} must be at most {maxLength} characters."];
        else if (TextRules.HasControlCharacters(value, multiline))
            errors[field] = [$"{field} must not contain control characters."];
    }
}
