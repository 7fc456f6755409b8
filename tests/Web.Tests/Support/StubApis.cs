using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NatoAspire.Web.Tests.Support;

/// <summary>Stands in for identity, newsletter and media-catalog: answers by method and path, records what was sent.</summary>
public sealed class StubApis : HttpMessageHandler
{
    readonly ConcurrentDictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> answers = new();

    public ConcurrentQueue<(HttpRequestMessage Request, string? Body)> Received { get; } = new();

    public StubApis On(HttpMethod method, string pathAndQuery, Func<HttpRequestMessage, HttpResponseMessage> answer)
    {
        answers[$"{method} {pathAndQuery}"] = answer;
        return this;
    }

    public StubApis OnJson(HttpMethod method, string pathAndQuery, HttpStatusCode status, string json) =>
        On(method, pathAndQuery, _ => Json(status, json));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string mediaType = "application/json") =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };

    public static HttpResponseMessage Problem(HttpStatusCode status, string json) => Json(status, json, "application/problem+json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Received.Enqueue((request, body));
        var key = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        return answers.TryGetValue(key, out var answer)
            ? answer(request)
            : Problem(HttpStatusCode.NotFound, """{"title":"Not found.","status":404}""");
    }
}
