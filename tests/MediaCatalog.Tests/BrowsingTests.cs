using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class BrowsingTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task Searching_Kosovo_Police_finds_Lord_Robertsons_visit_to_Kosovo()
    {
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?q=Kosovo%20Police");

        var only = Assert.Single(list!.Items);
        Assert.Equal(SampleCatalogue.KosovoVisitId, only.Id);
        Assert.Equal(1, list.Total);
        Assert.Equal(new DateTimeOffset(2002, 6, 27, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(only.PublishedAt.UtcDateTime.Date, TimeSpan.Zero));
        Assert.NotNull(only.ThumbnailUrl);
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_match_in_the_description_only()
    {
        // In the title of the Kosovo visit (2002), only in the descriptions of newer entries (Prague, November 2002).
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?q=Secretary%20General");

        Assert.True(list!.Total >= 3);
        Assert.Equal(SampleCatalogue.KosovoVisitId, list.Items[0].Id);
    }

    [Fact]
    public async Task Each_sample_entry_has_a_JPEG_thumbnail_anyone_may_fetch()
    {
        var client = fixture.Anonymous();
        var list = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?q=Kosovo%20Police");

        var response = await client.GetAsync(list!.Items[0].ThumbnailUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
    }

    [Fact]
    public async Task Without_a_query_the_newest_come_first()
    {
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?pageSize=100");

        Assert.True(list!.Total >= SampleCatalogue.Videos.Count);
        Assert.Equal(list.Items.OrderByDescending(v => v.PublishedAt).Select(v => v.Id), list.Items.Select(v => v.Id));
    }

    [Fact]
    public async Task Topic_filters_the_list_whatever_its_case()
    {
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?topic=enlargement&pageSize=100");

        Assert.Equal(SampleCatalogue.Videos.Count(v => v.Topics.Contains("Enlargement")), list!.Total);
        Assert.True(list.Total >= 5);
        Assert.All(list.Items, v => Assert.Contains("Enlargement", v.Topics));
    }

    [Fact]
    public async Task Pages_split_the_list_without_overlap()
    {
        var client = fixture.Anonymous();
        var first = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?page=1&pageSize=2");
        var second = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?page=2&pageSize=2");
        var far = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?page=2147483647&pageSize=100");

        Assert.Equal(2, first!.Items.Count);
        Assert.Equal(2, second!.Items.Count);
        Assert.Equal((2, 2), (second.Page, second.PageSize));
        Assert.Empty(first.Items.Select(v => v.Id).Intersect(second.Items.Select(v => v.Id)));
        Assert.Empty(far!.Items);
        Assert.Equal(first.Total, far.Total);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=99999999999999", "pageSize")]
    [InlineData("q=%01drop", "q")]
    [InlineData("from=27-06-2002", "from")]
    [InlineData("to=2002-02-30", "to")]
    [InlineData("from=2003-01-01&to=2002-01-01", "to")]
    [InlineData("location=%07", "location")]
    public async Task Bad_paging_or_query_is_a_400_problem_naming_the_field(string query, string field)
    {
        var response = await fixture.Anonymous().GetAsync($"/api/media/videos?{query}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, field));
    }

    [Fact]
    public async Task Search_reads_a_stored_tsvector_through_a_GIN_index()
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();

        var indexes = await db.Database
            .SqlQueryRaw<string>("select indexdef as \"Value\" from pg_indexes where tablename = 'videos'").ToListAsync();
        var generated = await db.Database
            .SqlQueryRaw<string>("select is_generated as \"Value\" from information_schema.columns where table_name = 'videos' and column_name = 'SearchVector'").SingleAsync();

        Assert.Contains(indexes, i => i.Contains("USING gin (\"SearchVector\")"));
        Assert.Equal("ALWAYS", generated);
    }

    [Fact]
    public async Task The_shot_list_and_the_transcript_are_searched_too()
    {
        var client = fixture.Anonymous();

        // Words found only in the Kosovo visit's shot list, and only in its transcript.
        var shot = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?q=helicopter");
        var said = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?q=%22greater%20flexibility%22");

        Assert.Equal(SampleCatalogue.KosovoVisitId, Assert.Single(shot!.Items).Id);
        Assert.Equal(SampleCatalogue.KosovoVisitId, Assert.Single(said!.Items).Id);
    }

    [Fact]
    public async Task Location_and_dates_filter_the_list_inclusively()
    {
        var client = fixture.Anonymous();

        var brussels = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?location=Brussels%2C%20Belgium&pageSize=100");
        var day = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?from=2002-06-27&to=2002-06-27");
        var year2002 = await client.GetFromJsonAsync<VideoListDto>("/api/media/videos?from=2002-01-01&to=2002-12-31&pageSize=100");

        Assert.Superset(SampleCatalogue.Videos.Where(v => v.Location == "Brussels, Belgium").Select(v => v.Id).ToHashSet(), brussels!.Items.Select(v => v.Id).ToHashSet());
        Assert.All(brussels.Items, v => Assert.Equal("Brussels, Belgium", v.Location));
        Assert.Equal(SampleCatalogue.KosovoVisitId, Assert.Single(day!.Items).Id);
        // Other tests add videos of their own: the sample entries of 2002 are all there, and nothing from another year.
        Assert.Superset(SampleCatalogue.Videos.Where(v => v.PublishedAt.Year == 2002).Select(v => v.Id).ToHashSet(), year2002!.Items.Select(v => v.Id).ToHashSet());
        Assert.All(year2002.Items, v => Assert.Equal(2002, v.PublishedAt.UtcDateTime.Year));
    }

    [Fact]
    public async Task Each_facet_counts_the_matches_of_the_other_filters()
    {
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?topic=Summits&from=2002-01-01&to=2009-12-31");
        var samples = SampleCatalogue.Videos;
        bool InYears(SampleVideo v) => v.PublishedAt.Year is >= 2002 and <= 2009;

        Assert.Equal(samples.Count(v => v.Topics.Contains("Summits") && InYears(v)), list!.Total);
        // Topics: counted under the dates only, so that another topic can be picked instead.
        Assert.Equal(samples.Count(v => v.Topics.Contains("Enlargement") && InYears(v)), list.Facets.Topics.Single(t => t.Value == "Enlargement").Count);
        Assert.Equal(samples.Count(v => v.Topics.Contains("Summits") && InYears(v)), list.Facets.Topics.Single(t => t.Value == "Summits").Count);
        // Years: counted under the topic only.
        Assert.Equal(samples.Where(v => v.Topics.Contains("Summits")).GroupBy(v => v.PublishedAt.Year).Select(g => (g.Key.ToString(), g.Count())).OrderByDescending(y => y.Item1),
            list.Facets.Years.Select(y => (y.Value, y.Count)));
        // Locations: counted under both.
        Assert.Equal(samples.Where(v => v.Topics.Contains("Summits") && InYears(v)).GroupBy(v => v.Location).ToDictionary(g => g.Key, g => g.Count()),
            list.Facets.Locations.ToDictionary(l => l.Value, l => l.Count));
    }

    [Theory]
    [InlineData("q=Kosovo", "IX_videos_SearchVector")]
    [InlineData("q=réduction", "IX_videos_FrenchSearchVector")]
    [InlineData("topic=kosovo", "IX_videos_TopicKeys")]
    [InlineData("location=Brussels, Belgium", "IX_videos_Location")]
    [InlineData("from=2002-01-01&to=2002-12-31", "IX_videos_PublishedAt")]
    public async Task Every_filter_and_the_facets_under_it_are_answered_from_an_index(string query, string index)
    {
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        string? Value(string name) => parameters.TryGetValue(name, out var v) ? v.ToString() : null;
        Assert.True(new Browsing.VideoListQuery(Value("q"), Value("topic"), Value("location"), Value("from"), Value("to"), null, null)
            .TryValidate(out var search, out _));
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        // The other facets read the filter's own rows; its own facet reads them all, which no index can avoid.
        var facets = Enum.GetValues<Browsing.VideoFilter.Facet>()
            .Where(f => f != Browsing.VideoFilter.Facet.None && !query.StartsWith(f switch
            {
                Browsing.VideoFilter.Facet.Topics => "topic",
                Browsing.VideoFilter.Facet.Locations => "location",
                _ => "from",
            }));

        var plans = new List<string> { await PlanAsync(db, search.Ordered(db).Take(20)) };
        foreach (var facet in facets) plans.Add(await PlanAsync(db, search.Filter.Apply(db.Videos, facet)));

        Assert.All(plans, plan =>
        {
            Assert.DoesNotContain("Seq Scan on videos", plan);
            Assert.Contains(index, plan);
        });
    }

    /// <summary>The plan PostgreSQL picks when a table scan costs what it would on a large catalogue.</summary>
    static async Task<string> PlanAsync(CatalogDbContext db, IQueryable<Catalog.Video> query)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("set local enable_seqscan = off");
        await using var command = query.CreateDbCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "explain " + command.CommandText;
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        }
        return string.Join('\n', lines);
    }
}
