using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.WholeSystem.Load;

/// <summary>The calls the load makes, each one recorded in the request log under its kind.</summary>
public sealed class LoadCalls(HttpClient gateway, RequestLog log)
{
    readonly AccountClient accounts = new(gateway);

    public RequestLog Log => log;

    public async Task<string?> RegisterAsync(string email) =>
        (await log.SendAsync("register", () => accounts.RegisterAsync(email, WholeSystem.Accounts.Password), HttpStatusCode.Accepted,
            AccountClient.RegistrationTokenAsync)).Value;

    public Task<bool> VerifyAsync(string email, string code, string registrationToken) =>
        log.SendAsync("verify", () => accounts.VerifyAsync(email, code, registrationToken), HttpStatusCode.OK);

    public async Task<string?> LoginAsync(string email) =>
        (await log.SendAsync("login", () => accounts.LoginAsync(email, WholeSystem.Accounts.Password), HttpStatusCode.OK, async response =>
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString())).Value;

    public Task<bool> SubscribeAsync(string accessToken) =>
        log.SendAsync("subscribe", () => gateway.SendAsync(Authorized(HttpMethod.Put, "/api/newsletter/subscription", accessToken)), HttpStatusCode.OK);

    public Task<(bool Ok, JsonElement Value)> ReadCatalogueAsync(string path) =>
        log.SendAsync("catalogue", () => gateway.GetAsync(path), HttpStatusCode.OK, r => r.Content.ReadFromJsonAsync<JsonElement>());

    public async Task<byte[]?> DownloadRangeAsync(string path, long from, long to, string accessToken) =>
        (await log.SendAsync("download", () =>
        {
            var request = Authorized(HttpMethod.Get, path, accessToken);
            request.Headers.Range = new RangeHeaderValue(from, to);
            return gateway.SendAsync(request);
        }, HttpStatusCode.PartialContent, r => r.Content.ReadAsByteArrayAsync())).Value;

    static HttpRequestMessage Authorized(HttpMethod method, string path, string accessToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
