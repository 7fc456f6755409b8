using System.Text.Json.Serialization;

namespace NatoAspire.Identity.Tokens;

/// <param name="DeviceToken">
/// Only in a sign-in's answer: the client sends it back with its next sign-ins to this address, so that a
/// stranger's failures there cannot slow it down (see <c>Login.DeviceTokens</c>).
/// </param>
public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    string RefreshToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DeviceToken = null);
