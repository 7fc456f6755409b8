using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class PublishingTests(CatalogServiceFixture fixture)
{
    static object NewVideo(string title) => new
    {
        title,
        summary = "Ministers meet at NATO Headquarters.",
        description = "Footage of the arrivals and the doorstep statements.",
        publishedAt = "2026-11-20T10:00:00+01:00",
        location = "Brussels, Belgium",
        topics = new[] { "Ministerial meetings" },
        durationSeconds = 95,
    };

    [Fact]
    public async Task An_admin_adds_a_video_and_uploads_its_file_by_streaming()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());

        var created = await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Defence ministers meet in Brussels"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var video = await admin.GetFromJsonAsync<VideoDto>(created.Headers.Location);
        Assert.Equal("Defence ministers meet in Brussels", video!.Title);

        var fileId = Guid.NewGuid();
        using var body = new GeneratedContent(length: 3 * 1024 * 1024 + 17, seed: 42);
        var uploaded = await admin.PutAsync(
            $"/api/media/videos/{video.Id}/files/{fileId}?label=HD%201080p25&container=mp4&videoCodec=h264&width=1920&height=1080&frameRate=25", body);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var stored = await uploaded.Content.ReadFromJsonAsync<VideoFileDto>();
        Assert.Equal(body.Sha256, stored!.Sha256);
        Assert.Equal(3 * 1024 * 1024 + 17, stored.SizeBytes);
        var downloaded = await fixture.WithToken(fixture.Tokens.VerifiedUser()).GetByteArrayAsync(uploaded.Headers.Location);
        Assert.Equal(body.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        var listed = await admin.GetFromJsonAsync<VideoDto>(created.Headers.Location);
        Assert.Equal(body.Sha256, Assert.Single(listed!.Files).Sha256);
    }

    [Fact]
    public async Task Uploading_again_replaces_the_file()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var created = await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Foreign ministers meet in Brussels"));
        var video = await created.Content.ReadFromJsonAsync<VideoDto>();
        var url = $"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Proxy&container=mp4";

        (await admin.PutAsync(url, new GeneratedContent(1000, seed: 1))).EnsureSuccessStatusCode();
        using var second = new GeneratedContent(2000, seed: 2);
        var replaced = await admin.PutAsync(url, second);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var file = Assert.Single((await admin.GetFromJsonAsync<VideoDto>($"/api/media/videos/{video.Id}"))!.Files);
        Assert.Equal((2000L, second.Sha256), (file.SizeBytes, file.Sha256));
    }

    [Fact]
    public async Task An_upload_whose_hash_does_not_match_the_announced_one_is_refused()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var video = await (await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Military Committee meets"))).Content.ReadFromJsonAsync<VideoDto>();

        var response = await admin.PutAsync(
            $"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Proxy&container=mp4&sha256={new string('a', 64)}",
            new GeneratedContent(5000, seed: 3));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, "sha256"));
        Assert.Empty((await admin.GetFromJsonAsync<VideoDto>($"/api/media/videos/{video.Id}"))!.Files);
    }

    [Theory]
    [InlineData("container=mp4", "label")]
    [InlineData("label=HD&container=exe", "container")]
    [InlineData("label=HD&container=mp4&width=0", "width")]
    [InlineData("label=HD&container=mp4&frameRate=fast", "frameRate")]
    [InlineData("label=HD&container=mp4&videoCodec=..%2F..", "videoCodec")]
    public async Task Upload_metadata_is_validated(string query, string field)
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var video = await (await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Partnership for Peace exercise"))).Content.ReadFromJsonAsync<VideoDto>();

        var response = await admin.PutAsync($"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?{query}", new GeneratedContent(10, seed: 4));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, field));
    }

    [Fact]
    public async Task Uploading_to_an_unknown_video_is_404()
    {
        var response = await fixture.WithToken(fixture.Tokens.Admin())
            .PutAsync($"/api/media/videos/{Guid.NewGuid()}/files/{Guid.NewGuid()}?label=HD&container=mp4", new GeneratedContent(10, seed: 5));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_video_needs_a_title_and_a_publication_date()
    {
        var response = await fixture.WithToken(fixture.Tokens.Admin())
            .PostAsJsonAsync("/api/media/videos", new { summary = "No title.", durationSeconds = 5 });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, "title"));
        Assert.NotEmpty(Problems.ErrorsOf(problem, "publishedAt"));
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem()
    {
        var response = await fixture.WithToken(fixture.Tokens.Admin())
            .PostAsync("/api/media/videos", new StringContent("{\"title\": ", System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_an_admin_adds_videos()
    {
        var asUser = await fixture.WithToken(fixture.Tokens.VerifiedUser()).PostAsJsonAsync("/api/media/videos", NewVideo("Not allowed"));
        var anonymous = await fixture.Anonymous().PostAsJsonAsync("/api/media/videos", NewVideo("Not allowed"));

        Assert.Equal(HttpStatusCode.Forbidden, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_uploads_files()
    {
        var (url, _) = await SampleFiles.KosovoProxyAsync(fixture);

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).PutAsync($"{url}?label=HD&container=mp4", new GeneratedContent(10, seed: 6));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
