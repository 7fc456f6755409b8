using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Verification;

namespace NatoAspire.Identity.EmailChange;

public static class EmailChangeEndpoints
{
    public static RouteGroupBuilder MapEmailChange(this RouteGroupBuilder account)
    {
        var email = account.MapGroup("/email").RequireAuthorization();
        email.MapPost("/change", ChangeAsync).HashesPasswords();
        email.MapPost("/verify", VerifyAsync);
        return account;
    }

    static async Task<Results<Accepted<CodeSentResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        EmailChangeRequest request, ClaimsPrincipal user, EmailChanger changer, OneTimeCodeStore codes,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await changer.RequestAsync(caller.AccountId, EmailAddress.Normalise(request.NewEmail!), request.Password!, cancellationToken) switch
        {
            EmailChangeRequested.Sent => TypedResults.Accepted((string?)null, new CodeSentResponse((int)codes.Lifetime.TotalSeconds)),
            EmailChangeRequested.SameAddress => AccountProblems.Validation(new ValidationErrors().Add("newEmail", "This is already your email address.")),
            EmailChangeRequested.RateLimited limited => AccountProblems.RateLimited(response, limited.RetryAfter),
            EmailChangeRequested.Refused { Confirmation: Confirmation.Throttled throttled } => AccountProblems.RateLimited(response, throttled.RetryAfter),
            EmailChangeRequested.Refused { Confirmation: Confirmation.Wrong } => AccountProblems.WrongCurrentPassword(),
            _ => AccountProblems.Unauthorized(),
        };
    }

    static async Task<Results<Ok<EmailChangedResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        EmailCodeEntry request, ClaimsPrincipal user, EmailChanger changer, HttpResponse response, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var (outcome, email) = await changer.VerifyAsync(caller.AccountId, request.Code!, cancellationToken);
        return outcome.Outcome switch
        {
            CodeCheck.Valid => TypedResults.Ok(new EmailChangedResponse(email!)),
            CodeCheck.AttemptsExceeded => AccountProblems.CodeAttemptsExceeded(response, outcome.RetryAfter),
            _ => AccountProblems.InvalidCode(),
        };
    }
}
