using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Session;

/// <summary>Starts and ends the browser's session and hands pages the current access token.</summary>
public sealed class PortalSession(IHttpContextAccessor accessor, TimeProvider time)
{
    HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No request is being handled.");

    /// <summary>What a sign-in from this browser tells identity about it: its device token and its <c>User-Agent</c>.</summary>
    public (string? DeviceToken, string? UserAgent) Device => (DeviceCookie.Read(Http.Request), Http.Request.Headers.UserAgent.ToString());

    public async Task SignInAsync(TokenResponse response)
    {
        if (response.DeviceToken is { Length: > 0 } deviceToken) DeviceCookie.Write(Http.Response, deviceToken);
        var tokens = SessionTokens.From(response, time.GetUtcNow());
        var properties = new AuthenticationProperties { IsPersistent = false };
        tokens.WriteTo(properties);
        await Http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalOf(response.AccessToken), properties);
    }

    public Task SignOutAsync() => Http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    /// <summary>The tokens of the signed-in user (already refreshed if they were about to expire), or null.</summary>
    public async Task<SessionTokens?> TokensAsync()
    {
        var result = await Http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return result.Succeeded ? SessionTokens.Read(result.Properties) : null;
    }

    // Identity handed us this token over the internal network just now: its claims are read, not re-validated.
    static ClaimsPrincipal PrincipalOf(string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, token.Subject ?? "") };
        if (token.TryGetPayloadValue<string>(IdentityTokens.EmailClaim, out var email)) claims.Add(new Claim(IdentityTokens.EmailClaim, email));
        if (token.TryGetPayloadValue<bool>(IdentityTokens.EmailVerifiedClaim, out var verified))
            claims.Add(new Claim(IdentityTokens.EmailVerifiedClaim, verified ? "true" : "false"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, IdentityTokens.EmailClaim, ClaimTypes.Role));
    }
}
