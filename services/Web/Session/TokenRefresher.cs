using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Session;

/// <summary>
/// Swaps an access token that is about to expire for a new pair while the cookie is read. Parallel requests of one
/// browser, on this replica or another, may each present the same refresh token: identity answers repeats within
/// its reuse interval with the same successor, so none of them is taken for reuse.
/// </summary>
public sealed class TokenRefresher(IdentityApi identity, TimeProvider time, ILogger<TokenRefresher> logger)
{
    static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(60);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tokens = SessionTokens.Read(context.Properties);
        if (tokens is null)
        {
            await RejectAsync(context);
            return;
        }
        if (tokens.AccessTokenExpiresAt - time.GetUtcNow() > RefreshAhead) return;

        ApiResult<TokenResponse> result;
        try { result = await identity.RefreshAsync(tokens.RefreshToken, CancellationToken.None); }
        catch (HttpRequestException exception)
        {
            // Identity is unreachable: keep the session; the page that needs the token reports the outage.
            logger.LogWarning(exception, "The access token could not be refreshed");
            return;
        }

        if (!result.Succeeded)
        {
            await RejectAsync(context);
            return;
        }
        SessionTokens.From(result.Value, time.GetUtcNow()).WriteTo(context.Properties);
        context.ShouldRenew = true;
    }

    static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
