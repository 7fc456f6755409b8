using System.Net;
using System.Text.Json;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Tests.Subscriptions;

[Collection(NewsletterCollection.Name)]
public sealed class SubscriptionTests(NewsletterFixture newsletter)
{
    const string Subscription = "/api/newsletter/subscription";

    [Fact]
    public async Task A_new_account_is_not_subscribed()
    {
        using var client = newsletter.ClientFor(TestAccount.Verified());

        var response = await client.GetAsync(Subscription);

        var status = await response.AssertOkAsync<SubscriptionBody>();
        Assert.False(status.Subscribed);
        Assert.Null(status.SubscribedAt);
        Assert.DoesNotContain("subscribedAt", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Subscribing_twice_answers_the_same_and_sends_one_welcome_email()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);

        var first = await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
        var second = await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
        var read = await (await client.GetAsync(Subscription)).AssertOkAsync<SubscriptionBody>();

        Assert.True(first.Subscribed);
        Assert.NotNull(first.SubscribedAt);
        Assert.Equal(first, second);
        Assert.Equal(first, read);
        await AssertOneWelcomeAsync(account);
    }

    [Fact]
    public async Task The_welcome_event_carries_the_address_and_a_working_unsubscribe_link()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);

        var status = await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();

        var welcome = Assert.Single(await newsletter.Broker.WaitForAsync<NewsletterSubscribed>(m => m.AccountId == account.Id));
        Assert.Equal(account.Email, welcome.Email);
        Assert.Equal(status.SubscribedAt, welcome.SubscribedAt);
        Assert.StartsWith(NewsletterFixture.PublicBaseUrl.AbsoluteUri + "api/newsletter/unsubscribe?token=", welcome.UnsubscribeUrl.AbsoluteUri);
        var token = welcome.UnsubscribeUrl.Query["?token=".Length..];
        Assert.True(new UnsubscribeTokens(NewsletterFixture.UnsubscribeKey).TryRead(token, out var named));
        Assert.Equal(account.Id, named);
    }

    [Fact]
    public async Task Concurrent_subscriptions_of_one_account_send_one_welcome_email()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PutAsync(Subscription, null)));

        foreach (var response in responses) Assert.True((await response.AssertOkAsync<SubscriptionBody>()).Subscribed);
        await AssertOneWelcomeAsync(account);
    }

    [Fact]
    public async Task Unsubscribing_is_idempotent_and_sends_nothing()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);
        await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();

        var first = await client.DeleteAsync(Subscription);
        var second = await client.DeleteAsync(Subscription);

        Assert.Equal("""{"subscribed":false}""", await first.Content.ReadAsStringAsync());
        Assert.Equal("""{"subscribed":false}""", await second.Content.ReadAsStringAsync());
        Assert.False((await (await client.GetAsync(Subscription)).AssertOkAsync<SubscriptionBody>()).Subscribed);
        await AssertOneWelcomeAsync(account);
    }

    [Fact]
    public async Task Unsubscribing_without_ever_subscribing_answers_not_subscribed()
    {
        using var client = newsletter.ClientFor(TestAccount.Verified());

        var response = await client.DeleteAsync(Subscription);

        Assert.False((await response.AssertOkAsync<SubscriptionBody>()).Subscribed);
    }

    [Fact]
    public async Task Subscribing_again_after_unsubscribing_sends_a_new_welcome_email()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);
        var first = await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
        await client.DeleteAsync(Subscription);

        var again = await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();

        Assert.True(again.Subscribed);
        Assert.True(again.SubscribedAt > first.SubscribedAt);
        var welcomes = await newsletter.OutboxAsync<NewsletterSubscribed>(m => m.AccountId == account.Id);
        Assert.Equal(2, welcomes.Count);
    }

    [Fact]
    public async Task An_unverified_account_cannot_subscribe()
    {
        var account = TestAccount.Unverified();
        using var client = newsletter.ClientFor(account);

        var response = await client.PutAsync(Subscription, null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "email_not_verified");
        Assert.Empty(await newsletter.OutboxAsync<NewsletterSubscribed>(m => m.AccountId == account.Id));
        Assert.False((await (await client.GetAsync(Subscription)).AssertOkAsync<SubscriptionBody>()).Subscribed);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Without_a_token_the_subscription_answers_401(string method)
    {
        using var client = newsletter.Anonymous();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Subscription));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_signed_by_someone_else_answers_401()
    {
        using var client = newsletter.Anonymous();
        using var otherKey = System.Security.Cryptography.RSA.Create(2048);
        var forged = TestAccount.Verified().AccessToken(
            newsletter.Identity, new Microsoft.IdentityModel.Tokens.RsaSecurityKey(otherKey) { KeyId = "forged" });
        client.DefaultRequestHeaders.Authorization = new("Bearer", forged);

        var response = await client.PutAsync(Subscription, null);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    async Task AssertOneWelcomeAsync(TestAccount account)
    {
        var queued = await newsletter.OutboxAsync<NewsletterSubscribed>(m => m.AccountId == account.Id);
        Assert.Single(queued);
        await newsletter.Broker.WaitForAsync<NewsletterSubscribed>(m => m.AccountId == account.Id);
        await newsletter.WaitUntilOutboxIsSentAsync();
        Assert.Single(newsletter.Broker.Received<NewsletterSubscribed>(m => m.AccountId == account.Id));
    }
}
