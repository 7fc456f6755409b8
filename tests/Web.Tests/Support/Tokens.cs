using System.Text;

namespace NatoAspire.Web.Tests.Support;

/// <summary>Token answers shaped like identity's; the web app reads their claims but does not check signatures.</summary>
public static class Tokens
{
    public static string AccessToken(string email, bool verified = true)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var payload = $$"""{"sub":"{{Guid.NewGuid()}}","email":"{{email}}","email_verified":{{(verified ? "true" : "false")}},"exp":{{DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds()}}}""";
        return $"{Part("""{"alg":"RS256","typ":"JWT"}""")}.{Part(payload)}.c2lnbmF0dXJl";
    }

    public static string LoginAnswer(string email, int expiresIn = 900, string refreshToken = "refresh-1") =>
        $$"""{"accessToken":"{{AccessToken(email)}}","tokenType":"Bearer","expiresIn":{{expiresIn}},"refreshToken":"{{refreshToken}}"}""";
}
