using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests;

[Collection(NewsletterCollection.Name)]
public sealed class OpenApiDocumentTests(NewsletterFixture newsletter)
{
    [Fact]
    public async Task Every_newsletter_endpoint_is_in_the_OpenAPI_document()
    {
        var missing = await OpenApiCoverage.OperationsMissingFromTheDocumentAsync(newsletter.Services, newsletter.Anonymous(), "/api/newsletter");

        Assert.Empty(missing);
    }
}
