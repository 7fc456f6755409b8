using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Newsletter.Tests.Support;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the status (and code, if given) and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("title", out _), body);
        Assert.True(problem.TryGetProperty("type", out _), body);
        if (code is not null) Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public static async Task<T> AssertOkAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.True(status == response.StatusCode,
            $"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}

public sealed record SubscriptionBody(bool Subscribed, DateTimeOffset? SubscribedAt);

public sealed record PublishedIssueBody(Guid IssueId, int Recipients);
