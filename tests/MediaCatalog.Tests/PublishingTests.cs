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

        var master = await SampleFiles.KosovoBytesAsync(fixture, "master");
        var uploaded = await admin.PutAsync(
            $"/api/media/videos/{video.Id}/files/{Guid.NewGuid()}?label=Broadcast%20master&kind=master", new ChunkedBytes(master));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var stored = await uploaded.Content.ReadFromJsonAsync<VideoFileDto>();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(master)), stored!.Sha256);
        Assert.Equal(master.LongLength, stored.SizeBytes);
        var downloaded = await fixture.WithToken(fixture.Tokens.VerifiedUser()).GetByteArrayAsync(uploaded.Headers.Location);
        Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(downloaded)));
        var listed = await admin.GetFromJsonAsync<VideoDto>(created.Headers.Location);
        Assert.Equal(stored.Sha256, Assert.Single(listed!.Files).Sha256);
    }

    [Fact]
    public async Task The_technical_fields_are_what_ffprobe_reads_never_what_the_uploader_claims()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var video = await (await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Chiefs of Defence meet"))).Content.ReadFromJsonAsync<VideoDto>();
        var proxy = await SampleFiles.KosovoBytesAsync(fixture, "proxy");

        var uploaded = await admin.PutAsync(
            $"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Proxy&kind=proxy&container=mxf&videoCodec=prores&width=3840&height=2160&frameRate=60",
            new ByteArrayContent(proxy));

        var file = (await uploaded.Content.ReadFromJsonAsync<VideoFileDto>())!;
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(("proxy", "mp4", "h264", "aac", 640, 360, 25m, "4:2:0", false),
            (file.Kind, file.Container, file.VideoCodec, file.AudioCodec, file.Width!.Value, file.Height!.Value, file.FrameRate!.Value, file.Chroma, file.Interlaced!.Value));
        Assert.True(file.BitRate > 0);
    }

    [Fact]
    public async Task A_file_ffprobe_cannot_read_is_refused_with_400_and_nothing_of_it_is_kept()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var video = await (await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Nuclear Planning Group meets"))).Content.ReadFromJsonAsync<VideoDto>();

        var response = await admin.PutAsync($"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Master&kind=master",
            new GeneratedContent(300_000, seed: 8));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("unreadable_media", problem.GetProperty("code").GetString());
        Assert.Empty((await admin.GetFromJsonAsync<VideoDto>($"/api/media/videos/{video.Id}"))!.Files);
        var folder = Path.Combine(fixture.StoragePath, video.Id.ToString("N"));
        Assert.True(!Directory.Exists(folder) || Directory.GetFiles(folder).Length == 0);
    }

    [Fact]
    public async Task Uploading_again_replaces_the_file()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var created = await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Foreign ministers meet in Brussels"));
        var video = await created.Content.ReadFromJsonAsync<VideoDto>();
        var url = $"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Proxy&kind=proxy";
        var audio = await SampleFiles.KosovoBytesAsync(fixture, "audio");

        (await admin.PutAsync(url, new ByteArrayContent(await SampleFiles.KosovoBytesAsync(fixture, "proxy")))).EnsureSuccessStatusCode();
        var replaced = await admin.PutAsync(url, new ByteArrayContent(audio));

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var file = Assert.Single((await admin.GetFromJsonAsync<VideoDto>($"/api/media/videos/{video.Id}"))!.Files);
        Assert.Equal((audio.LongLength, Convert.ToHexStringLower(SHA256.HashData(audio)), "wav"), (file.SizeBytes, file.Sha256, file.Container));
        Assert.Single(Directory.GetFiles(Path.Combine(fixture.StoragePath, video.Id.ToString("N"))));
    }

    [Fact]
    public async Task An_upload_whose_hash_does_not_match_the_announced_one_is_refused()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var video = await (await admin.PostAsJsonAsync("/api/media/videos", NewVideo("Military Committee meets"))).Content.ReadFromJsonAsync<VideoDto>();

        var response = await admin.PutAsync(
            $"/api/media/videos/{video!.Id}/files/{Guid.NewGuid()}?label=Proxy&kind=proxy&sha256={new string('a', 64)}",
            new ByteArrayContent(await SampleFiles.KosovoBytesAsync(fixture, "proxy")));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, "sha256"));
        Assert.Empty((await admin.GetFromJsonAsync<VideoDto>($"/api/media/videos/{video.Id}"))!.Files);
    }

    [Fact]
    public async Task Creating_a_video_takes_its_editorial_metadata_and_an_admin_edits_it()
    {
        var admin = fixture.WithToken(fixture.Tokens.Admin());
        var created = await admin.PostAsJsonAsync("/api/media/videos", new
        {
            title = "Secretary General visits Skopje", summary = "Talks with the President.", publishedAt = "2002-07-04T10:00:00+02:00",
            durationSeconds = 60, shotList = new[] { new { timecode = "00:00:00", description = "Arrival at the presidential palace" } },
            transcript = "We are here to listen.", translations = new[] { new { language = "FR", text = "Nous sommes ici pour écouter." } },
            usageTerms = "News use only.", restrictions = "Contains pool footage from the host broadcaster.", languages = new[] { "en", "fr" },
        });
        var video = (await created.Content.ReadFromJsonAsync<VideoDto>())!;

        var edited = await admin.PutAsJsonAsync($"/api/media/videos/{video.Id}", new
        {
            title = video.Title, summary = video.Summary, publishedAt = video.PublishedAt, durationSeconds = 60,
            shotList = new[] { new { timecode = "00:00:00", description = "Arrival" }, new { timecode = "00:00:20", description = "Handshake at the palace" } },
            transcript = "We are here to listen and to help.", credit = "NATO / Pool", usageTerms = "News use only.", restrictions = "",
            languages = new[] { "en" },
        });
        var found = await fixture.Anonymous().GetFromJsonAsync<VideoListDto>("/api/media/videos?q=handshake");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("NATO", "Contains pool footage from the host broadcaster."), (video.Credit, video.Restrictions));
        Assert.Equal(["en", "fr"], video.Captions.Select(c => c.Language));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = (await edited.Content.ReadFromJsonAsync<VideoDto>())!;
        Assert.Equal(["00:00:00", "00:00:20"], after.ShotList.Select(s => s.Timecode));
        Assert.Equal(("NATO / Pool", "", "We are here to listen and to help."), (after.Credit, after.Restrictions, after.Transcript));
        Assert.Equal(video.Id, Assert.Single(found!.Items).Id);
    }

    [Theory]
    [InlineData("{\"shotList\":[{\"timecode\":\"1:2\",\"description\":\"x\"}]}", "shotList")]
    [InlineData("{\"shotList\":[{\"timecode\":\"00:00:01\"}]}", "shotList")]
    [InlineData("{\"languages\":[\"english\"]}", "languages")]
    [InlineData("{\"translations\":[{\"language\":\"fr\"}]}", "translations")]
    [InlineData("{\"credit\":\"NATO\\u0007\"}", "credit")]
    public async Task Editorial_metadata_is_validated(string fields, string field)
    {
        var body = "{\"title\":\"T\",\"summary\":\"S\",\"publishedAt\":\"2002-07-04T10:00:00Z\",\"durationSeconds\":1," + fields[1..];

        var response = await fixture.WithToken(fixture.Tokens.Admin())
            .PostAsync("/api/media/videos", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Problems.ErrorsOf(problem, field));
    }

    [Fact]
    public async Task Only_an_admin_edits_a_video()
    {
        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser())
            .PutAsJsonAsync($"/api/media/videos/{Seeding.SampleCatalogue.KosovoVisitId}", NewVideo("Not allowed"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("kind=master", "label")]
    [InlineData("label=HD", "kind")]
    [InlineData("label=HD&kind=exe", "kind")]
    [InlineData("label=HD&kind=master&sha256=xyz", "sha256")]
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
            .PutAsync($"/api/media/videos/{Guid.NewGuid()}/files/{Guid.NewGuid()}?label=HD&kind=master", new GeneratedContent(10, seed: 5));

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

        var response = await fixture.WithToken(fixture.Tokens.VerifiedUser()).PutAsync($"{url}?label=HD&kind=master", new GeneratedContent(10, seed: 6));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
