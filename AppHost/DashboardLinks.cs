using Microsoft.Extensions.Hosting;

namespace NatoAspire.AppHost;

/// <summary>
/// What a developer opens from the dashboard: the portal on the gateway, and each API's reference (Scalar) through
/// the gateway, where its rules apply. The services' own addresses stay listed; nobody outside the AppHost uses them.
/// </summary>
static class DashboardLinks
{
    public static IResourceBuilder<ProjectResource> WithPortalLink(this IResourceBuilder<ProjectResource> gateway) =>
        gateway.WithUrlForEndpoint("http", url => url.DisplayText = "Portal");

    /// <summary>The Scalar reference exists in Development only (ServiceDefaults' PublicApiDocument).</summary>
    public static IResourceBuilder<ProjectResource> WithApiReferenceLink(
        this IResourceBuilder<ProjectResource> service, IResourceBuilder<ProjectResource> gateway, string publicPrefix)
    {
        if (!service.ApplicationBuilder.Environment.IsDevelopment()) return service;
        var entry = gateway.GetEndpoint("http");
        return service
            .WithUrl(ReferenceExpression.Create($"{entry}{publicPrefix}/openapi"), "API reference (Scalar)")
            .WithUrl(ReferenceExpression.Create($"{entry}{publicPrefix}/openapi/v1.json"), "OpenAPI document");
    }
}
