using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace NatoAspire.TestSupport;

/// <summary>
/// Sends one bad request twice, in English (no <c>Accept-Language</c>) and in French, and checks that the French
/// answer is the English one translated: the same status and <c>code</c>, every message with its French, and the
/// French title and <c>errors</c> exactly the translations of the English ones.
/// </summary>
public static class TranslatedProblems
{
    public static async Task AssertTranslatedAsync(HttpClient client, Func<HttpRequestMessage> request, ProblemTranslations translations)
    {
        var (englishStatus, english) = await SendAsync(client, request(), language: null);
        var (frenchStatus, french) = await SendAsync(client, request(), PortalLanguages.French);

        Assert.InRange(englishStatus, 400, 499);
        Assert.Equal(englishStatus, frenchStatus);
        Assert.Equal(english.Code, french.Code);
        Assert.Equal([], english.Messages.Where(m => !translations.IsTranslated(m, PortalLanguages.French)));
        Assert.Equal(english.Messages.Select(m => translations.Translate(m, PortalLanguages.French)), french.Messages);
    }

    sealed record Answer(string? Code, IReadOnlyList<string> Messages);

    static async Task<(int Status, Answer Answer)> SendAsync(HttpClient client, HttpRequestMessage request, string? language)
    {
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", text);
        Assert.Equal(language ?? PortalLanguages.Default, Assert.Single(response.Content.Headers.ContentLanguage));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var messages = new List<string>();
        if (root.TryGetProperty("title", out var title)) messages.Add(title.GetString()!);
        if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String) messages.Add(detail.GetString()!);
        if (root.TryGetProperty("errors", out var errors))
            foreach (var field in errors.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
                messages.AddRange(field.Value.EnumerateArray().Select(m => m.GetString()!));
        return ((int)response.StatusCode, new(root.TryGetProperty("code", out var code) ? code.GetString() : null, messages));
    }
}
