using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NatoAspire.Identity.Tests.Privacy;

/// <summary>
/// The two endpoints the export asks, on a real HTTP server on a free loopback port, answering as newsletter and
/// media-catalog do; the real services behind them are exercised by the end-to-end journey. Each answer is chosen by
/// the access token it is called with, so parallel tests do not share one, and every token that arrived is kept.
/// </summary>
public sealed class StandInDataServices : IAsyncDisposable
{
    WebApplication? server;

    public Uri Address { get; private set; } = null!;

    /// <summary>The bearer tokens each path was called with.</summary>
    public ConcurrentQueue<(string Path, string Authorization)> Calls { get; } = new();

    /// <summary>How many download history items to serve for a token; none when unnamed.</summary>
    public ConcurrentDictionary<string, int> Downloads { get; } = new();

    /// <summary>Tokens for which the newsletter answers 503, as a service that is down behind a proxy does.</summary>
    public ConcurrentDictionary<string, bool> NewsletterDown { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        app.MapGet("/api/newsletter/subscription/export", (HttpRequest request) =>
        {
            var token = Record(request);
            return NewsletterDown.ContainsKey(token)
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Json(new { email = "reader@example.org", subscribed = true, subscribedAt = "2026-11-30T10:00:00+00:00", unsubscribedAt = (string?)null, createdAt = "2026-11-30T10:00:00+00:00" });
        });
        app.MapGet("/api/media/me/downloads", (HttpRequest request, int page, int pageSize) =>
        {
            var total = Downloads.GetValueOrDefault(Record(request));
            var items = Enumerable.Range((page - 1) * pageSize, Math.Max(0, Math.Min(pageSize, total - (page - 1) * pageSize)))
                .Select(i => new { videoId = Guid.Empty, fileId = new Guid(i, 0, 0, new byte[8]), title = $"Video {i}", label = "Web", kind = "web", downloadedAt = "2026-12-01T10:00:00+00:00", termsAcceptedAt = "2026-12-01T10:00:00+00:00" });
            return Results.Json(new { items, page, pageSize, total });
        });

        await app.StartAsync();
        Address = new Uri(app.Urls.Single());
        server = app;
    }

    string Record(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        Calls.Enqueue((request.Path, authorization));
        return authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..] : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }
}
