using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Every error leaves a service as RFC 9457 problem+json: never HTML, never a stack trace.
/// </summary>
public static class ProblemDetailsDefaults
{
    public static IServiceCollection AddProblemDetailsDefaults(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Bad input that the framework rejects itself (malformed JSON, a body over the limit,
            // a wrong type) arrives here as BadHttpRequestException: keep its 4xx status.
            if (context.Exception is BadHttpRequestException badRequest)
            {
                context.ProblemDetails.Status = badRequest.StatusCode;
                context.HttpContext.Response.StatusCode = badRequest.StatusCode;
                context.ProblemDetails.Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request could not be read.";
                context.ProblemDetails.Detail = null;
                context.ProblemDetails.Extensions["code"] = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "payload_too_large"
                    : "bad_request";
            }

            context.ProblemDetails.Extensions.Remove("exception");
            context.ProblemDetails.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.TraceId.ToString());
        });
        return services;
    }

    /// <summary>Turns exceptions and bare status codes into problem responses.</summary>
    public static WebApplication UseProblemDetailsDefaults(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException badRequest
                ? badRequest.StatusCode
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
