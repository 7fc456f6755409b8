using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;

namespace NatoAspire.Identity.Tokens;

public static class TokenEndpoints
{
    public static RouteGroupBuilder MapTokens(this RouteGroupBuilder account)
    {
        account.MapPost("/refresh", RefreshAsync);
        account.MapPost("/logout", LogoutAsync).RequireAuthorization();
        account.MapGet("/.well-known/jwks.json", (SigningKeyRing keys) => TypedResults.Ok(keys.Jwks));
        return account;
    }

    static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, RefreshTokens refreshTokens, SessionTokens sessions, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var rotation = await refreshTokens.RotateAsync(request.RefreshToken!, cancellationToken);
        if (rotation is null) return AccountProblems.InvalidRefreshToken();
        return TypedResults.Ok(sessions.Respond(rotation.Account, rotation.FamilyId, rotation.RefreshToken));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LogoutAsync(
        RefreshRequest request, ClaimsPrincipal user, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);
        if (!Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var accountId)) return AccountProblems.Unauthorized();

        await refreshTokens.RevokeSessionAsync(request.RefreshToken!, accountId, cancellationToken);
        return TypedResults.NoContent();
    }
}
