using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.PasswordChange;

public static class PasswordChangeEndpoints
{
    public static RouteGroupBuilder MapPasswordChange(this RouteGroupBuilder account)
    {
        account.MapPost("/password/change", ChangeAsync).RequireAuthorization().HashesPasswords();
        return account;
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        ChangePasswordRequest request, ClaimsPrincipal user, PasswordPolicy policy, PasswordChanger changer,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        var errors = request.Validate(policy);
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await changer.ChangeAsync(caller, request.CurrentPassword!, request.NewPassword!, cancellationToken) switch
        {
            Confirmation.Confirmed => TypedResults.NoContent(),
            Confirmation.Throttled throttled => AccountProblems.RateLimited(response, throttled.RetryAfter),
            Confirmation.Wrong => AccountProblems.WrongCurrentPassword(),
            _ => AccountProblems.Unauthorized(),
        };
    }
}
