using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Login;

public static class LoginEndpoints
{
    public static RouteGroupBuilder MapLogin(this RouteGroupBuilder account)
    {
        account.MapPost("/login", LoginAsync).HashesPasswords();
        return account;
    }

    static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignIn signIn, HttpRequest http, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await signIn.SignInAsync(EmailAddress.Normalise(request.Email!), request.Password!, request.DeviceToken,
            SessionDevice.UserAgentOf(http), cancellationToken) switch
        {
            LoginOutcome.SignedIn signedIn => TypedResults.Ok(signedIn.Tokens),
            LoginOutcome.NotVerified => AccountProblems.EmailNotVerified(),
            LoginOutcome.Throttled throttled => AccountProblems.RateLimited(response, throttled.RetryAfter),
            _ => AccountProblems.InvalidCredentials(),
        };
    }
}
