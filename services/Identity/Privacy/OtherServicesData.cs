using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Identity.Privacy;

/// <summary>
/// Asks the newsletter and media-catalog services, over HTTP with the caller's own access token, for what they hold
/// about the account: each service answers for its own data, and nobody reads another's database. Any failure throws
/// <see cref="ServiceUnavailableException"/>, so that no export leaves out a part while looking whole.
/// </summary>
public sealed class OtherServicesData(IHttpClientFactory clients)
{
    public const string NewsletterClient = "privacy-newsletter";
    public const string MediaCatalogClient = "privacy-media-catalog";

    /// <summary>The largest page the download history serves (media-catalog's MyDownloadsEndpoint.MaxPageSize).</summary>
    const int HistoryPageSize = 100;

    public async Task<JsonElement> NewsletterAsync(string accessToken, CancellationToken cancellationToken) =>
        await GetAsync(NewsletterClient, "newsletter", "/api/newsletter/subscription/export", accessToken, cancellationToken);

    /// <summary>Every page of the download history, oldest page last, as media-catalog spells its items.</summary>
    public async Task<List<JsonElement>> DownloadsAsync(string accessToken, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await GetAsync(MediaCatalogClient, "media-catalog",
                $"/api/media/me/downloads?page={page}&pageSize={HistoryPageSize}", accessToken, cancellationToken);
            if (!answer.TryGetProperty("items", out var pageItems) || pageItems.ValueKind != JsonValueKind.Array
                || !answer.TryGetProperty("total", out var total) || !total.TryGetInt32(out var count))
                throw new ServiceUnavailableException("media-catalog", "the download history has an unexpected shape");
            items.AddRange(pageItems.EnumerateArray().Select(item => item.Clone()));
            // A download recorded while paging shifts the pages by one: the next page repeats an item (dropped here), never loses one.
            if (pageItems.GetArrayLength() < HistoryPageSize || items.Count >= count)
                return [.. items.DistinctBy(item => item.GetRawText())];
        }
    }

    async Task<JsonElement> GetAsync(string clientName, string service, string path, string accessToken, CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(clientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new ServiceUnavailableException(service, $"it answered {(int)response.StatusCode}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ServiceUnavailableException(service, exception.GetType().Name, exception);
        }
    }
}
