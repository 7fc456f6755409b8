using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Every problem answer of the portal, built one way: status, title, the stable <c>code</c>
/// (<see cref="ProblemCodes"/>), and a <c>type</c> where ASP.NET Core has none of its own. Written through
/// ASP.NET Core's problem-details service, which adds the <c>traceId</c> (<see cref="ProblemDetailsDefaults"/>).
/// </summary>
public static class Problems
{
    public const string CodeMember = "code";

    const string TooManyRequestsType = "https://www.rfc-editor.org/rfc/rfc6585#section-4";

    public static ProblemHttpResult Of(int status, string title, string code, string? detail = null) =>
        TypedResults.Problem(Details(status, title, code, detail));

    public static ValidationProblem Validation(IDictionary<string, string[]> errors, string title = "One or more fields are invalid.") =>
        TypedResults.ValidationProblem(errors, title: title, extensions: new Dictionary<string, object?> { [CodeMember] = ProblemCodes.ValidationFailed });

    /// <summary>429 with <c>Retry-After</c> in whole seconds, rounded up and at least 1.</summary>
    public static ProblemHttpResult TooManyRequests(HttpResponse response, TimeSpan retryAfter,
        string code = ProblemCodes.RateLimited, string title = "Too many requests; try again later.")
    {
        SetRetryAfter(response, retryAfter);
        return Of(StatusCodes.Status429TooManyRequests, title, code);
    }

    /// <summary>429 without a wait to announce (a dead code waits for a new one, not for time).</summary>
    public static ProblemHttpResult TooManyRequests(string code, string title) => Of(StatusCodes.Status429TooManyRequests, title, code);

    /// <summary>413, with the largest body that would have been accepted when it is known.</summary>
    public static ProblemHttpResult PayloadTooLarge(long? limitBytes) => TypedResults.Problem(PayloadTooLargeDetails(limitBytes));

    /// <inheritdoc cref="PayloadTooLarge"/>
    public static ProblemDetails PayloadTooLargeDetails(long? limitBytes)
    {
        var details = Details(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", ProblemCodes.PayloadTooLarge);
        if (limitBytes is { } limit) details.Extensions["limitBytes"] = limit;
        return details;
    }

    public static ProblemDetails Details(int status, string title, string code, string? detail = null) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = status == StatusCodes.Status429TooManyRequests ? TooManyRequestsType : null,
        Extensions = { [CodeMember] = code },
    };

    static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
    }
}
