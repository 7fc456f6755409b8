using System.Globalization;
using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Browsing;

/// <summary>The list's query string, taken as text so that "page=abc" is a validation error like "page=0".</summary>
public sealed record VideoListQuery(string? Q, string? Topic, string? Location, string? From, string? To, string? Page, string? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Checks the query and makes the search it asks for, its titles and summaries in <paramref name="language"/>.</summary>
    public bool TryValidate(out VideoSearch search, out Dictionary<string, string[]> errors, string language = PortalLanguages.Default)
    {
        errors = [];
        var page = 1;
        var pageSize = DefaultPageSize;
        if (Page is not null && (!int.TryParse(Page, NumberStyles.None, null, out page) || page < 1))
            errors["page"] = ["page must be a whole number of at least 1."];
        if (PageSize is not null && (!int.TryParse(PageSize, NumberStyles.None, null, out pageSize) || pageSize is < 1 or > MaxPageSize))
            errors["pageSize"] = [$"pageSize must be a whole number from 1 to {MaxPageSize}."];

        var text = Text(errors, "q", Q, CatalogLimits.QueryLength);
        var topic = Text(errors, "topic", Topic, CatalogLimits.TopicLength);
        var location = Text(errors, "location", Location, CatalogLimits.LocationLength);
        var from = Date(errors, "from", From);
        var to = Date(errors, "to", To);
        if (from is not null && to is not null && from > to) errors["to"] = ["to must not be before from."];

        search = new VideoSearch(new VideoFilter(text, topic, location, from, to), page, pageSize, language);
        return errors.Count == 0;
    }

    static string? Text(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is not null && (text.Length > maxLength || ControlCharacters.AnyIn(text)))
            errors[field] = [$"{field} must be at most {maxLength} characters of text."];
        return text;
    }

    static DateOnly? Date(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"{field} must be a date such as 2002-06-27."];
        return null;
    }
}
