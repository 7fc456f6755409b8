using NatoAspire.MediaCatalog.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.MediaCatalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class OpenApiDocumentTests(CatalogServiceFixture fixture)
{
    [Fact]
    public async Task Every_media_endpoint_is_in_the_OpenAPI_document()
    {
        var missing = await OpenApiCoverage.OperationsMissingFromTheDocumentAsync(fixture.Service.Services, fixture.Anonymous(), "/api/media");

        Assert.Empty(missing);
    }
}
