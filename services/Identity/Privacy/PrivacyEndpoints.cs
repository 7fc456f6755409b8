using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Privacy;

/// <summary>
/// <c>GET /api/account/export</c> and <c>DELETE /api/account</c>: the owner's copy of everything the portal holds, and
/// the right to be forgotten. Both check that the account still exists, so a deleted account's access token, valid
/// until it expires, opens neither.
/// </summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder account)
    {
        account.MapGet("/export", ExportAsync).RequireAuthorization();
        account.MapDelete("", DeleteAsync).RequireAuthorization().HashesPasswords();
        return account;
    }

    static async Task<Results<Ok<AccountExportDocument>, ProblemHttpResult>> ExportAsync(
        ClaimsPrincipal user, HttpContext http, AccountExport export, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (AccountOf(user) is not { } accountId || BearerOf(http.Request) is not { } accessToken) return AccountProblems.Unauthorized();
        try
        {
            if (await export.BuildAsync(accountId, accessToken, cancellationToken) is not { } document) return AccountProblems.Unauthorized();
            http.Response.Headers[HeaderNames.ContentDisposition] =
                $"attachment; filename=\"nato-multimedia-account-{document.ExportedAt:yyyy-MM-dd}.json\"";
            return TypedResults.Ok(document);
        }
        catch (ServiceUnavailableException unavailable)
        {
            logs.CreateLogger(typeof(PrivacyEndpoints)).LogWarning(unavailable, "An export was refused: the {Service} service did not answer", unavailable.Service);
            return AccountProblems.ExportUnavailable(unavailable.Service);
        }
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        [FromBody] DeleteAccountRequest request, ClaimsPrincipal user, AccountEraser eraser, HttpResponse response, CancellationToken cancellationToken)
    {
        if (AccountOf(user) is not { } accountId) return AccountProblems.Unauthorized();
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await eraser.EraseAsync(accountId, request.Password!, cancellationToken) switch
        {
            ErasureOutcome.Erased => TypedResults.NoContent(),
            ErasureOutcome.WrongPassword => AccountProblems.WrongPassword(),
            ErasureOutcome.Throttled throttled => AccountProblems.RateLimited(response, throttled.RetryAfter),
            _ => AccountProblems.Unauthorized(),
        };
    }

    static Guid? AccountOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var id) ? id : null;

    /// <summary>The caller's own token, handed on to the services that hold the rest of the account's data.</summary>
    static string? BearerOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
