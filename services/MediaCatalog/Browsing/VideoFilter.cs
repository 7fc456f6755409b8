using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;

namespace NatoAspire.MediaCatalog.Browsing;

/// <summary>
/// The list's filters, each served by an index: the GIN-indexed tsvectors (English and French) for the text, the GIN-indexed lower-case
/// topics, and B-tree indexes on location and publication time. A facet counts under every filter but its own.
/// </summary>
public sealed record VideoFilter(string? Text, string? Topic, string? Location, DateOnly? From, DateOnly? To)
{
    public enum Facet { None, Topics, Locations, Years }

    public IQueryable<Video> Apply(IQueryable<Video> videos, Facet countedFacet = Facet.None)
    {
        // The English texts with the English stemmer, the French ones with the French: whatever the language asked for.
        if (Text is not null)
            videos = videos.Where(v =>
                v.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(VideoConfiguration.SearchConfiguration, Text)) ||
                v.FrenchSearchVector.Matches(EF.Functions.WebSearchToTsQuery(VideoConfiguration.FrenchSearchConfiguration, Text)));
        if (Topic is not null && countedFacet != Facet.Topics)
        {
            // "ARRAY[key] <@ TopicKeys", which the GIN index answers (key = ANY(TopicKeys) would read every row).
            string[] wanted = [Video.TopicKey(Topic)];
            videos = videos.Where(v => wanted.All(t => v.TopicKeys.Contains(t)));
        }
        if (Location is not null && countedFacet != Facet.Locations)
            videos = videos.Where(v => v.Location == Location);
        if (countedFacet != Facet.Years)
        {
            if (From is { } from)
            {
                var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                videos = videos.Where(v => v.PublishedAt >= start);
            }
            if (To is { } to)
            {
                var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                videos = videos.Where(v => v.PublishedAt < end);
            }
        }
        return videos;
    }
}
