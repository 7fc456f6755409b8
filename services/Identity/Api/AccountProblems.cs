using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Api;

/// <summary>The problem responses of the account API, each with the stable <c>code</c> the contract names.</summary>
public static class AccountProblems
{
    public static ValidationProblem Validation(ValidationErrors errors) => Problems.Validation(errors.ToDictionary());

    public static ProblemHttpResult InvalidCode() =>
        Problems.Of(StatusCodes.Status400BadRequest, "The code is wrong or has expired.", ProblemCodes.InvalidCode);

    /// <summary>429 for a dead code; with <c>Retry-After</c> when the address's daily bound of wrong tries is spent.</summary>
    public static ProblemHttpResult CodeAttemptsExceeded(HttpResponse response, TimeSpan? retryAfter)
    {
        const string title = "Too many wrong tries: request a new code.";
        return retryAfter is { } wait
            ? Problems.TooManyRequests(response, wait, ProblemCodes.CodeAttemptsExceeded, title)
            : Problems.TooManyRequests(ProblemCodes.CodeAttemptsExceeded, title);
    }

    public static ProblemHttpResult InvalidCredentials() =>
        Problems.Of(StatusCodes.Status401Unauthorized, "The email address or password is wrong.", ProblemCodes.InvalidCredentials);

    /// <summary>400, not login's 401: the caller is signed in, only the password that confirms a change is wrong.</summary>
    public static ProblemHttpResult WrongPassword() =>
        Problems.Of(StatusCodes.Status400BadRequest, "The password is wrong.", ProblemCodes.InvalidCredentials);

    /// <summary>503: an export without one service's part would look whole and not be.</summary>
    public static ProblemHttpResult ExportUnavailable(string service) =>
        Problems.Of(StatusCodes.Status503ServiceUnavailable, "Your data cannot be exported right now; please try again in a few minutes.",
            ProblemCodes.ServiceUnavailable, $"The {service} service did not answer, so no export was made.");

    /// <summary>503 with <c>Retry-After: 1</c>: every password-hashing thread is busy and the queue is full.</summary>
    public static ProblemDetails HashingBusyDetails(HttpResponse response)
    {
        response.Headers.RetryAfter = "1";
        return Problems.Details(StatusCodes.Status503ServiceUnavailable, "The service is busy right now; please try again in a moment.",
            ProblemCodes.ServiceUnavailable);
    }

    public static ProblemHttpResult EmailNotVerified() =>
        Problems.Of(StatusCodes.Status403Forbidden, "The email address has not been verified yet.", ProblemCodes.EmailNotVerified);

    public static ProblemHttpResult InvalidRefreshToken() =>
        Problems.Of(StatusCodes.Status401Unauthorized, "The refresh token is not valid; sign in again.", ProblemCodes.InvalidRefreshToken);

    public static ProblemHttpResult InvalidResetToken() =>
        Problems.Of(StatusCodes.Status400BadRequest, "The password reset has expired; request a new code.", ProblemCodes.InvalidResetToken);

    public static ProblemHttpResult SessionNotFound() =>
        Problems.Of(StatusCodes.Status404NotFound, "There is no such session of this account.", ProblemCodes.SessionNotFound);

    /// <summary>The current password given to a self-service change is wrong: 400, unlike a sign-in's 401.</summary>
    public static ProblemHttpResult WrongCurrentPassword() =>
        Problems.Of(StatusCodes.Status400BadRequest, "The current password is wrong.", ProblemCodes.InvalidCredentials);

    public static ProblemHttpResult Unauthorized() =>
        Problems.Of(StatusCodes.Status401Unauthorized, "Sign in to use this call.", ProblemCodes.Unauthorized);

    /// <summary>429 with <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static ProblemHttpResult RateLimited(HttpResponse response, TimeSpan retryAfter) => Problems.TooManyRequests(response, retryAfter);
}
