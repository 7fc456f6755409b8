using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Tokens;

namespace NatoAspire.Identity.Sessions;

/// <summary>
/// The devices signed in to the account, and signing them out. A signed-out device's refresh token stops working at
/// once; its access token, which nothing stores, lives on until it expires (Tokens:AccessTokenLifetime, 15 minutes).
/// </summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessions(this RouteGroupBuilder account)
    {
        var sessions = account.MapGroup("/sessions").RequireAuthorization();
        sessions.MapGet("", ListAsync);
        sessions.MapDelete("", SignOutOthersAsync);
        sessions.MapDelete("/{id}", SignOutAsync);
        return account;
    }

    static async Task<Results<Ok<SessionsResponse>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, SessionList sessions, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        return TypedResults.Ok(new SessionsResponse(await sessions.OfAsync(caller, cancellationToken)));
    }

    static async Task<Results<NoContent, ProblemHttpResult>> SignOutOthersAsync(
        ClaimsPrincipal user, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        await refreshTokens.RevokeAllExceptAsync(caller.AccountId, caller.SessionId, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Any id that is not one of the caller's live sessions is a 404, so that no answer tells another account's ids.</summary>
    static async Task<Results<NoContent, ProblemHttpResult>> SignOutAsync(
        string id, ClaimsPrincipal user, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        if (!Guid.TryParse(id, out var sessionId) || !await refreshTokens.RevokeFamilyOfAsync(caller.AccountId, sessionId, cancellationToken))
            return AccountProblems.SessionNotFound();
        return TypedResults.NoContent();
    }
}
