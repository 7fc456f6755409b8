namespace NatoAspire.Web.Apis;

/// <summary>
/// What the catalogue page filters by, as its own query string: the same names as the API's, so a facet link is a
/// plain link to this page and works without JavaScript.
/// </summary>
public sealed record CatalogueFilter(string? Query, string? Topic, string? Location, string? From, string? To)
{
    public bool IsEmpty => new[] { Query, Topic, Location, From, To }.All(string.IsNullOrWhiteSpace);

    public CatalogueFilter WithTopic(string? topic) => this with { Topic = topic };
    public CatalogueFilter WithLocation(string? location) => this with { Location = location };

    /// <summary>A year facet is the range from its first to its last day.</summary>
    public CatalogueFilter WithYear(string? year) => year is null ? this with { From = null, To = null } : this with { From = $"{year}-01-01", To = $"{year}-12-31" };

    public string? Year => From is { Length: 10 } from && To is { Length: 10 } to && from[..4] == to[..4] && from[4..] == "-01-01" && to[4..] == "-12-31" ? from[..4] : null;

    public string QueryString(int page = 1)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
        Add("q", Query);
        Add("topic", Topic);
        Add("location", Location);
        Add("from", From);
        Add("to", To);
        if (page > 1) parts.Add($"page={page}");
        return string.Join('&', parts);
    }

    public string Link(int page = 1) => QueryString(page) is { Length: > 0 } query ? $"/?{query}" : "/";
}
