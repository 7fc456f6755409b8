using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Web.Apis;

/// <summary>An RFC 9457 problem answered by one of the APIs, reduced to what a page shows.</summary>
public sealed record ApiProblem(
    HttpStatusCode Status,
    string Title,
    string? Code,
    IReadOnlyDictionary<string, string[]> Errors,
    TimeSpan? RetryAfter)
{
    /// <summary>The API sent no title, so <see cref="Title"/> is the portal's own words (a key of the pages' resources).</summary>
    public bool TitleIsOurs { get; init; }

    public bool Is(string code) => string.Equals(Code, code, StringComparison.Ordinal);

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? body = null;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is "application/problem+json" or "application/json")
        {
            try { body = await response.Content.ReadFromJsonAsync<ProblemBody>(JsonSerializerOptions.Web, cancellationToken); }
            catch (JsonException) { /* an unreadable problem still has its status */ }
        }

        var titleIsOurs = string.IsNullOrWhiteSpace(body?.Title);
        return new ApiProblem(
            response.StatusCode,
            titleIsOurs ? DefaultTitle(response.StatusCode) : body!.Title!,
            body?.Code,
            body?.Errors ?? new Dictionary<string, string[]>(),
            RetryAfterOf(response))
        { TitleIsOurs = titleIsOurs };
    }

    static TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    static string DefaultTitle(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => "Too many requests; try again later.",
        HttpStatusCode.Unauthorized => "Please log in.",
        HttpStatusCode.NotFound => "Not found.",
        _ => "The request could not be completed.",
    };

    sealed record ProblemBody(string? Title, string? Code, Dictionary<string, string[]>? Errors);
}
