using System.Net;
using System.Text.Json;
using NatoAspire.Newsletter.Tests.Support;

namespace NatoAspire.Newsletter.Tests.Privacy;

[Collection(NewsletterCollection.Name)]
public sealed class SubscriberExportTests(NewsletterFixture newsletter)
{
    const string Export = "/api/newsletter/subscription/export";

    [Fact]
    public async Task The_export_holds_the_address_and_every_date_the_newsletter_keeps()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);
        var subscribed = await (await client.PutAsync("/api/newsletter/subscription", null)).AssertOkAsync<SubscriptionBody>();
        await client.DeleteAsync("/api/newsletter/subscription");

        var response = await client.GetAsync(Export);

        var export = await response.AssertOkAsync<JsonElement>();
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(account.Email, export.GetProperty("email").GetString());
        Assert.False(export.GetProperty("subscribed").GetBoolean());
        Assert.Equal(subscribed.SubscribedAt, export.GetProperty("subscribedAt").GetDateTimeOffset());
        Assert.NotEqual(JsonValueKind.Null, export.GetProperty("unsubscribedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, export.GetProperty("createdAt").ValueKind);
    }

    [Fact]
    public async Task An_account_the_newsletter_never_saw_exports_nothing()
    {
        using var client = newsletter.ClientFor(TestAccount.Verified());

        var export = await (await client.GetAsync(Export)).AssertOkAsync<JsonElement>();

        Assert.Equal(JsonValueKind.Null, export.GetProperty("email").ValueKind);
        Assert.False(export.GetProperty("subscribed").GetBoolean());
    }

    [Fact]
    public async Task Without_a_token_the_export_is_refused()
    {
        using var client = newsletter.Anonymous();

        await (await client.GetAsync(Export)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
