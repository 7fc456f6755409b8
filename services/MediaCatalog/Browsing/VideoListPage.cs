namespace NatoAspire.MediaCatalog.Browsing;

public sealed record VideoListPage(IReadOnlyList<VideoListItem> Items, int Page, int PageSize, int Total, VideoFacets Facets);

/// <summary>One match, its title and summary in <paramref name="Language"/>: the one asked for, or English.</summary>
public sealed record VideoListItem(
    Guid Id, string Language, string Title, string Summary, DateTimeOffset PublishedAt, int DurationSeconds,
    IReadOnlyList<string> Topics, string? Location, string? ThumbnailUrl);

/// <summary>How many matches each value would have, under the other active filters.</summary>
public sealed record VideoFacets(IReadOnlyList<FacetValue> Topics, IReadOnlyList<FacetValue> Locations, IReadOnlyList<FacetValue> Years);

public sealed record FacetValue(string Value, int Count);
