using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Session;

/// <summary>
/// Swaps an access token that is about to expire for a new pair while the cookie is read. Refresh tokens
/// rotate and a reused one revokes the whole family, so concurrent requests carrying the same old token
/// share one refresh instead of racing.
/// </summary>
public sealed class TokenRefresher(IdentityApi identity, TimeProvider time, ILogger<TokenRefresher> logger)
{
    static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(60);
    static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(30);
    static readonly ConcurrentDictionary<string, Lazy<Task<ApiResult<TokenResponse>>>> InFlight = new();

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
        try { result = await RefreshOnceAsync(tokens.RefreshToken); }
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

    Task<ApiResult<TokenResponse>> RefreshOnceAsync(string refreshToken)
    {
        var refresh = InFlight.GetOrAdd(refreshToken, token => new Lazy<Task<ApiResult<TokenResponse>>>(() => RefreshAndForgetLaterAsync(token)));
        return refresh.Value;
    }

    async Task<ApiResult<TokenResponse>> RefreshAndForgetLaterAsync(string refreshToken)
    {
        try { return await identity.RefreshAsync(refreshToken, CancellationToken.None); }
        finally { _ = Task.Delay(SharedFor, time).ContinueWith(_ => InFlight.TryRemove(refreshToken, out var _), TaskScheduler.Default); }
    }

    static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
