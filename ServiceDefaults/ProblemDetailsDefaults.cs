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
        services.AddProblemMessages<SharedProblemMessages>();
        services.AddSingleton<ProblemTranslations>();
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
            // A minimal API's parameter binding answers a body over an endpoint's own limit with a bare 413 and no
            // exception: it gets the same problem, code and limit as any other 413.
            else if (context.HttpContext.Response.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.ProblemDetails.Extensions.ContainsKey(Problems.CodeMember))
            {
                Describe(context.ProblemDetails, Problems.PayloadTooLargeDetails(context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize));
            }

            Translate(context);
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

    /// <summary>The problem in the language of the request's <c>Accept-Language</c>; its <c>code</c> stays as it is.</summary>
    static void Translate(ProblemDetailsContext context)
    {
        var language = RequestLanguage.Of(context.HttpContext.Request);
        context.HttpContext.RequestServices.GetRequiredService<ProblemTranslations>().Apply(context.ProblemDetails, language);
        ContentLanguage.Set(context.HttpContext.Response, language);
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
