using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.ServiceDefaults.OpenApi;

namespace NatoAspire.TestSupport;

/// <summary>
/// Compares what a service really maps (its <see cref="EndpointDataSource"/>) under its public prefix with the
/// operations its OpenAPI document describes, so an endpoint left out of the document cannot go unnoticed.
/// </summary>
public static class OpenApiCoverage
{
    /// <summary>"METHOD /path/{parameter}" of every mapped operation the document lacks.</summary>
    public static async Task<IReadOnlyList<string>> OperationsMissingFromTheDocumentAsync(
        IServiceProvider services, HttpClient client, string publicPrefix)
    {
        var mapped = MappedOperations(services, publicPrefix);
        if (mapped.Count == 0) throw new InvalidOperationException($"The service maps nothing under {publicPrefix}.");
        var documented = await DocumentedOperationsAsync(client, PublicApiDocument.DocumentPath(publicPrefix));
        return [.. mapped.Except(documented).Order()];
    }

    static HashSet<string> MappedOperations(IServiceProvider services, string publicPrefix)
    {
        var ownDocument = PublicApiDocument.ReferencePath(publicPrefix);
        return services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => (endpoint, path: PathOf(endpoint.RoutePattern)))
            .Where(e => e.path.StartsWith(publicPrefix + "/", StringComparison.Ordinal))
            .Where(e => !e.path.StartsWith(ownDocument, StringComparison.Ordinal))
            .SelectMany(e => (e.endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => $"{method.ToUpperInvariant()} {e.path}"))
            .ToHashSet();
    }

    static async Task<HashSet<string>> DocumentedOperationsAsync(HttpClient client, string documentPath)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(documentPath));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => IsOperation(operation.Name))
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}"))
            .ToHashSet();
    }

    /// <summary>A path item holds its operations beside "parameters", "summary" and the like.</summary>
    static bool IsOperation(string name) => name is "get" or "put" or "post" or "delete" or "options" or "head" or "patch" or "trace";

    /// <summary>The path as OpenAPI spells it: parameters by name only, without constraints, defaults or catch-all stars.</summary>
    static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            _ => "",
        }))));
}
