using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NatoAspire.TestSupport;

/// <summary>
/// A client of smtp4dev's REST API. It takes the base address of the web interface, so it reads the fixture's
/// SMTP sink as well as the one an AppHost starts.
/// </summary>
public sealed partial class Mailbox : IDisposable
{
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    readonly HttpClient http;
    readonly bool ownsHttpClient;

    public Mailbox(Uri baseUri, HttpClient? httpClient = null)
    {
        // Relative paths resolve below the base only when it ends with a slash.
        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        ownsHttpClient = httpClient is null;
        http = httpClient ?? new HttpClient();
    }

    public Uri BaseUri { get; }

    /// <summary>The messages smtp4dev holds, in the order it lists them (newest first).</summary>
    public async Task<IReadOnlyList<MailSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(Resolve("api/messages?pageSize=100"), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        var page = await response.Content.ReadFromJsonAsync<MessagePage>(JsonSerializerOptions.Web, cancellationToken);
        return [.. (page?.Results ?? []).Select(m => m.ToSummary())];
    }

    /// <summary>
    /// Every message smtp4dev holds, page by page (newest first). It keeps only the last 100 unless told otherwise
    /// (<c>ServerOptions__NumberOfMessagesToKeep</c>).
    /// </summary>
    public async Task<IReadOnlyList<MailSummary>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        const int PageSize = 500;
        var all = new List<MailSummary>();
        for (var page = 1; ; page++)
        {
            using var response = await http.GetAsync(Resolve($"api/messages?page={page}&pageSize={PageSize}"), cancellationToken);
            await EnsureSuccessAsync(response, cancellationToken);
            var results = (await response.Content.ReadFromJsonAsync<MessagePage>(JsonSerializerOptions.Web, cancellationToken))?.Results ?? [];
            all.AddRange(results.Select(m => m.ToSummary()));
            if (results.Count < PageSize) return all;
        }
    }

    /// <summary>Polls until a message matches, because mail is usually sent by work running in the background.</summary>
    public async Task<MailSummary> WaitForMessageAsync(
        Func<MailSummary, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var messages = await ListAsync(cancellationToken);
            var found = messages.FirstOrDefault(match);
            if (found is not null) return found;
            if (stopwatch.Elapsed >= timeout)
            {
                var seen = messages.Count == 0
                    ? "The mailbox is empty."
                    : "It holds:\n" + string.Join('\n', messages.Select(m => $"  to {string.Join(", ", m.To)}: {m.Subject}"));
                throw new TimeoutException($"No matching message arrived at {BaseUri} within {timeout.TotalSeconds:0.#} s. {seen}");
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public Task<string> GetPlainTextAsync(string id, CancellationToken cancellationToken = default) =>
        GetPartAsync(id, "plaintext", cancellationToken);

    public Task<string> GetHtmlAsync(string id, CancellationToken cancellationToken = default) =>
        GetPartAsync(id, "html", cancellationToken);

    /// <summary>The whole message as received, headers included.</summary>
    public Task<string> GetRawAsync(string id, CancellationToken cancellationToken = default) =>
        GetPartAsync(id, "raw", cancellationToken);

    public async Task DeleteAllAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync(Resolve("api/messages/*"), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    /// <summary>The first run of exactly six digits, such as a one-time code, or null.</summary>
    public static string? FindSixDigitCode(string text)
    {
        var match = SixDigits().Match(text);
        return match.Success ? match.Value : null;
    }

    public void Dispose()
    {
        if (ownsHttpClient) http.Dispose();
    }

    async Task<string> GetPartAsync(string id, string part, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Resolve($"api/messages/{Uri.EscapeDataString(id)}/{part}"), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    Uri Resolve(string relative) => new(BaseUri, relative);

    static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new HttpRequestException(
            $"smtp4dev answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} " +
            $"{response.RequestMessage?.RequestUri}: {body}",
            inner: null,
            statusCode: response.StatusCode);
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    sealed record MessagePage(List<MessageDto>? Results);

    // "to" is a list of addresses in current smtp4dev versions and one comma-separated string in older ones.
    sealed record MessageDto(string Id, string? From, JsonElement To, string? Subject, DateTimeOffset ReceivedDate)
    {
        public MailSummary ToSummary() => new(Id, From ?? "", Recipients(), Subject ?? "", ReceivedDate);

        IReadOnlyList<string> Recipients() => To.ValueKind switch
        {
            JsonValueKind.Array => [.. To.EnumerateArray().Select(r => r.GetString() ?? "")],
            JsonValueKind.String => To.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => [],
        };
    }
}
