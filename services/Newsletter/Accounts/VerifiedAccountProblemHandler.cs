using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace NatoAspire.Newsletter.Accounts;

/// <summary>
/// Tells a signed-in but unverified account why it is refused (code <c>email_not_verified</c>), as login does;
/// every other challenge or refusal goes the default way and becomes a problem through the status-code pages.
/// </summary>
sealed class VerifiedAccountProblemHandler : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var unverified = result.Forbidden && result.AuthorizationFailure?.FailedRequirements
            .OfType<ClaimsAuthorizationRequirement>()
            .Any(r => r.ClaimType == IdentityTokens.EmailVerifiedClaim) == true;
        if (!unverified)
        {
            await fallback.HandleAsync(next, context, policy, result);
            return;
        }

        await Problems.Of(StatusCodes.Status403Forbidden, "Verify your email address first.", ProblemCodes.EmailNotVerified)
            .ExecuteAsync(context);
    }
}
