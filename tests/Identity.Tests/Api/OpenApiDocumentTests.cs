using System.Text.RegularExpressions;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed class OpenApiDocumentTests(IdentityHost host)
{
    [Fact]
    public async Task Every_account_endpoint_is_in_the_OpenAPI_document()
    {
        var missing = await OpenApiCoverage.OperationsMissingFromTheDocumentAsync(host.App.Services, host.App.CreateClient(), "/api/account");

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_API_reference_loads_nothing_from_another_origin()
    {
        var page = await host.App.CreateClient().GetStringAsync("/api/account/openapi");

        var sources = Regex.Matches(page, """(?:src|href)\s*=\s*["']([^"']*)["']""").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.DoesNotMatch("^(https?:)?//", source));
        Assert.DoesNotContain("cdn.", page);
    }
}
