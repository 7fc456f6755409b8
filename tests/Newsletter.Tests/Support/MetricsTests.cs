using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Newsletter;

namespace NatoAspire.Newsletter.Tests.Support;

[Collection(NewsletterCollection.Name)]
public sealed class MetricsTests(NewsletterFixture newsletter)
{
    const string Subscription = "/api/newsletter/subscription";

    [Fact]
    public async Task Counters_follow_subscriptions_unsubscriptions_issues_and_copies()
    {
        using var counters = new CounterRecorder();
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        await client.PutAsync(Subscription, null);
        await client.PutAsync(Subscription, null);
        await client.DeleteAsync(Subscription);
        await client.DeleteAsync(Subscription);
        await client.PutAsync(Subscription, null);
        var link = (await newsletter.OutboxAsync<NewsletterSubscribed>(m => m.AccountId == account.Id)).Last().UnsubscribeUrl;
        var subscribers = await newsletter.InDatabaseAsync(db => db.Subscribers.CountAsync(s => s.Subscribed));
        var issue = await (await admin.PostAsJsonAsync("/api/newsletter/issues", new { subject = "Metrics", textBody = "Counted." }))
            .AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);
        using (var anonymous = newsletter.Anonymous()) await anonymous.PostAsync(link.PathAndQuery, null);

        Assert.Equal(2, counters["newsletter.subscriptions"]);
        Assert.Equal(2, counters["newsletter.unsubscriptions"]);
        Assert.Equal(1, counters["newsletter.unsubscriptions[via=account]"]);
        Assert.Equal(1, counters["newsletter.unsubscriptions[via=one-click]"]);
        Assert.Equal(1, counters["newsletter.issues"]);
        Assert.Equal(subscribers, issue.Recipients);
        Assert.Equal(issue.Recipients, counters["newsletter.copies.queued"]);
    }
}
