using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Passkeys;

/// <summary>The passkey calls of the account API, as a browser's script makes them with an authenticator's answers.</summary>
public sealed class PasskeyCalls(AccountClient client)
{
    public async Task<JsonElement> RegistrationOptionsAsync(string accessToken)
    {
        var response = await client.SendAsync(HttpMethod.Post, "passkeys/register/options", bearer: accessToken);
        Expect(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> RegisterAsync(string accessToken, JsonObject credential, string? name = null) =>
        client.SendAsync(HttpMethod.Post, "passkeys/register", new { credential, name }, bearer: accessToken);

    /// <summary>Registers <paramref name="authenticator"/> to the account, failing the test if that does not work.</summary>
    public async Task<JsonElement> AddAsync(string accessToken, SoftwareAuthenticator authenticator, string? name = null)
    {
        var response = await RegisterAsync(accessToken, authenticator.Create(await RegistrationOptionsAsync(accessToken)), name);
        Expect(HttpStatusCode.Created, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> LoginOptionsAsync(string? email = null)
    {
        var response = await client.SendAsync(HttpMethod.Post, "passkeys/login/options", email is null ? new { } : new { email });
        Expect(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> LoginAsync(JsonObject credential, string? deviceToken = null, string? userAgent = null) =>
        client.SendAsync(HttpMethod.Post, "passkeys/login", new { credential, deviceToken }, userAgent: userAgent);

    public async Task<JsonElement[]> ListAsync(string accessToken)
    {
        var response = await client.GetAsync("passkeys", accessToken);
        Expect(HttpStatusCode.OK, response);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()];
    }
}
