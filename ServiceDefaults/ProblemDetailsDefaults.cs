using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
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
                context.HttpContext.Response.StatusCode = badRequest.StatusCode;
                Describe(context.ProblemDetails, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Problems.PayloadTooLargeDetails(context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize)
                    : Problems.Details(badRequest.StatusCode, "The request could not be read.", ProblemCodes.BadRequest));
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

    static void Describe(ProblemDetails target, ProblemDetails source)
    {
        target.Status = source.Status;
        target.Title = source.Title;
        target.Detail = source.Detail;
        target.Type = source.Type ?? target.Type;
        foreach (var (name, value) in source.Extensions) target.Extensions[name] = value;
    }
}
