using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace NatoAspire.ServiceDefaults.OpenApi;

/// <summary>
/// A service's OpenAPI document, under its own public prefix so that the gateway's route for that prefix carries it
/// (with that route's rate limit) and no gateway rule is needed: <c>{prefix}/openapi/v1.json</c> everywhere, and in
/// Development the Scalar reference at <c>{prefix}/openapi</c>, its script served by the service itself.
/// docs/contract.md is the prose beside it.
/// </summary>
public static class PublicApiDocument
{
    public const string DocumentName = "v1";

    public static string DocumentPath(string publicPrefix) => $"{publicPrefix}/openapi/{DocumentName}.json";

    static string DocumentRoutePattern(string publicPrefix) => $"{publicPrefix}/openapi/{{documentName}}.json";

    public static string ReferencePath(string publicPrefix) => $"{publicPrefix}/openapi";

    public static IHostApplicationBuilder AddPublicApiDocument(this IHostApplicationBuilder builder, string title)
    {
        builder.Services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = title;
            document.Info.Description = "The public behaviour behind these operations is described in docs/contract.md.";
            // Without servers a client resolves the operations against the document's own address: through the
            // gateway that is the gateway, not the service's internal address the generator would name.
            document.Servers = [];
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapPublicApiDocument(this WebApplication app, string publicPrefix)
    {
        app.MapOpenApi(DocumentRoutePattern(publicPrefix));
        if (!app.Environment.IsDevelopment()) return app;
        app.MapScalarApiReference(ReferencePath(publicPrefix), options => options
            .WithOpenApiRoutePattern(DocumentRoutePattern(publicPrefix))
            // Nothing from a CDN or a third party: the bundle comes from the service, the fonts are the system's.
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }
}
