using System.Net;
using System.Text.Json;

namespace NatoAspire.Identity.Tests.Support;

/// <summary>An RFC 9457 problem body as the client sees it.</summary>
public sealed record Problem(int Status, string? Title, string? Code, Dictionary<string, string[]> Errors, string MediaType)
{
    /// <summary>Everything but the trace id, for comparing two answers.</summary>
    public string Shape => $"{Status} {Title} {Code} [{string.Join(", ", Errors.OrderBy(e => e.Key).Select(e => $"{e.Key}: {string.Join(" | ", e.Value)}"))}]";

    public static async Task<Problem> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        Assert.True(mediaType == "application/problem+json", $"Expected problem+json but got '{mediaType}': {text}");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var errors = root.TryGetProperty("errors", out var e)
            ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray())
            : [];
        Assert.Equal((int)expected, root.GetProperty("status").GetInt32());
        Assert.True(root.TryGetProperty("type", out _), text);
        Assert.DoesNotContain("   at ", text); // no stack trace
        return new(root.GetProperty("status").GetInt32(),
            root.TryGetProperty("title", out var title) ? title.GetString() : null,
            root.TryGetProperty("code", out var code) ? code.GetString() : null,
            errors, mediaType);
    }
}
