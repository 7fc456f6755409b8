using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.Web.Apis;

/// <summary>The one way the typed clients send a request and read either the value or the problem.</summary>
static class ApiCalls
{
    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? accessToken = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    public static async Task<ApiResult<T>> SendAsync<T>(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await http.SendAsync(request, cancellationToken))
        {
            if (!response.IsSuccessStatusCode) return ApiResult<T>.Failure(await ApiProblem.ReadAsync(response, cancellationToken));
            if (typeof(T) == typeof(Done)) return ApiResult<T>.Success((T)(object)Done.Instance);
            var value = await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken)
                ?? throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode} without a body.");
            return ApiResult<T>.Success(value);
        }
    }
}
