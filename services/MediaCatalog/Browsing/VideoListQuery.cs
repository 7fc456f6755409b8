using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Browsing;

/// <summary>The list's query string, taken as text so that "page=abc" is a validation error like "page=0".</summary>
public sealed record VideoListQuery(string? Q, string? Topic, string? Page, string? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public bool TryValidate(out VideoSearch search, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var page = 1;
        var pageSize = DefaultPageSize;
        if (Page is not null && (!int.TryParse(Page, System.Globalization.NumberStyles.None, null, out page) || page < 1))
            errors["page"] = ["page must be a whole number of at least 1."];
        if (PageSize is not null && (!int.TryParse(PageSize, System.Globalization.NumberStyles.None, null, out pageSize) || pageSize is < 1 or > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];

        var text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (text is not null && (text.Length > CatalogLimits.QueryLength || TextRules.HasControlCharacters(text)))
            errors["q"] = [$"q must be at most {CatalogLimits.QueryLength} characters of text."];

        var topic = string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim();
        if (topic is not null && (topic.Length > CatalogLimits.TopicLength || TextRules.HasControlCharacters(topic)))
            errors["topic"] = [$"topic must be at most {CatalogLimits.TopicLength} characters of text."];

        search = new VideoSearch(text, topic, page, pageSize);
        return errors.Count == 0;
    }
}
