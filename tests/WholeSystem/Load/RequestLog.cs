using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace NatoAspire.WholeSystem.Load;

/// <summary>Sends the load's requests and records every one of them, whatever its end.</summary>
public sealed class RequestLog
{
    readonly ConcurrentQueue<RequestRecord> records = new();

    public IReadOnlyCollection<RequestRecord> Records => records;

    /// <summary>
    /// Sends one request and reads its answer with <paramref name="read"/> if it has the <paramref name="expected"/>
    /// status. The body is read before the request counts as finished: a download cut off half-way has failed. No
    /// retry: every failure is counted.
    /// </summary>
    public async Task<(bool Ok, T? Value)> SendAsync<T>(
        string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected, Func<HttpResponseMessage, Task<T>> read)
    {
        var started = Clock.Now;
        var ok = false;
        T? value = default;
        string outcome;
        try
        {
            using var response = await send();
            outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            if (response.StatusCode == expected)
            {
                value = await read(response);
                ok = true;
            }
            else
            {
                await response.Content.ReadAsByteArrayAsync();
            }
        }
        catch (HttpRequestException exception) { outcome = $"connection failed ({exception.HttpRequestError})"; }
        catch (IOException) { outcome = "answer cut off"; }
        catch (JsonException) { outcome = "unreadable answer"; }
        catch (TaskCanceledException) { outcome = "timed out"; }
        records.Enqueue(new RequestRecord(kind, started, Clock.Now, outcome, ok));
        return (ok, value);
    }

    public async Task<bool> SendAsync(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected) =>
        (await SendAsync(kind, send, expected, _ => Task.FromResult(true))).Ok;
}
