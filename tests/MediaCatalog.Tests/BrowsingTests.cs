using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
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
        var list = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?topic=enlargement");

        Assert.Equal(2, list!.Total);
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
}
