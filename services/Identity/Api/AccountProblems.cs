using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Api;

/// <summary>The problem responses of the account API, each with the stable <c>code</c> the contract names.</summary>
public static class AccountProblems
{
    public static ValidationProblem Validation(ValidationErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "One or more fields are invalid.",
            extensions: Code("validation_failed"));

    public static ProblemHttpResult InvalidCode() =>
        Problem(StatusCodes.Status400BadRequest, "The code is wrong or has expired.", "invalid_code");

    /// <summary>429 for a dead code; with <c>Retry-After</c> when the address's daily bound of wrong tries is spent.</summary>
    public static ProblemHttpResult CodeAttemptsExceeded(HttpResponse response, TimeSpan? retryAfter)
    {
        if (retryAfter is { } wait) SetRetryAfter(response, wait);
        return Problem(StatusCodes.Status429TooManyRequests, "Too many wrong tries: request a new code.", "code_attempts_exceeded");
    }

    public static ProblemHttpResult InvalidCredentials() =>
        Problem(StatusCodes.Status401Unauthorized, "The email address or password is wrong.", "invalid_credentials");

    public static ProblemHttpResult EmailNotVerified() =>
        Problem(StatusCodes.Status403Forbidden, "The email address has not been verified yet.", "email_not_verified");

    public static ProblemHttpResult InvalidRefreshToken() =>
        Problem(StatusCodes.Status401Unauthorized, "The refresh token is not valid; sign in again.", "invalid_refresh_token");

    public static ProblemHttpResult InvalidResetToken() =>
        Problem(StatusCodes.Status400BadRequest, "The password reset has expired; request a new code.", "invalid_reset_token");

    public static ProblemHttpResult Unauthorized() =>
        Problem(StatusCodes.Status401Unauthorized, "Sign in to use this call.", "unauthorized");

    /// <summary>429 with <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static ProblemHttpResult RateLimited(HttpResponse response, TimeSpan retryAfter)
    {
        SetRetryAfter(response, retryAfter);
        return Problem(StatusCodes.Status429TooManyRequests, "Too many requests; try again later.", "rate_limited");
    }

    static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    static ProblemHttpResult Problem(int status, string title, string code) =>
        TypedResults.Problem(title: title, statusCode: status, type: TypeFor(status), extensions: Code(code));

    // ASP.NET Core fills in a type for most statuses, but not for 429.
    static string? TypeFor(int status) => status == StatusCodes.Status429TooManyRequests
        ? "https://www.rfc-editor.org/rfc/rfc6585#section-4"
        : null;

    static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };
}
