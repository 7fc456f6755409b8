using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Newsletter.Issues;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Tests.Issues;

[Collection(NewsletterCollection.Name)]
public sealed class PublishIssueTests(NewsletterFixture newsletter)
{
    const string Issues = "/api/newsletter/issues";
    const string Subscription = "/api/newsletter/subscription";

    static readonly object Kosovo = new
    {
        subject = "Lord Robertson in Kosovo",
        textBody = "During a one-day visit to the province on 27 June 2002, Lord Robertson welcomed the progress made in Kosovo.",
        htmlBody = "<p>During a one-day visit to the province on 27 June 2002, Lord Robertson welcomed the progress made in Kosovo.</p>",
    };

    [Fact]
    public async Task Every_current_subscriber_gets_exactly_one_copy_and_no_one_else()
    {
        var readers = new[] { TestAccount.Verified(), TestAccount.Verified(), TestAccount.Verified() };
        foreach (var reader in readers) await SubscribeAsync(reader);
        var leaver = TestAccount.Verified();
        await SubscribeAsync(leaver);
        using (var client = newsletter.ClientFor(leaver)) await client.DeleteAsync(Subscription);
        var subscribers = await newsletter.InDatabaseAsync(db => db.Subscribers.Where(s => s.Subscribed).Select(s => s.AccountId).ToListAsync());
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        var issue = await (await admin.PostAsJsonAsync(Issues, Kosovo)).AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);

        Assert.Equal(subscribers.Count, issue.Recipients);
        var copies = await newsletter.OutboxAsync<NewsletterCopyIssued>(c => c.IssueId == issue.IssueId);
        Assert.Equal(subscribers.Order(), copies.Select(c => c.AccountId).Order());
        Assert.Contains(copies, c => c.AccountId == readers[0].Id && c.Email == readers[0].Email);
        Assert.DoesNotContain(copies, c => c.AccountId == leaver.Id);

        await newsletter.Broker.WaitForAsync<NewsletterCopyIssued>(c => c.IssueId == issue.IssueId, subscribers.Count);
        await newsletter.WaitUntilOutboxIsSentAsync();
        var delivered = newsletter.Broker.Received<NewsletterCopyIssued>(c => c.IssueId == issue.IssueId);
        Assert.Equal(subscribers.Order(), delivered.Select(c => c.AccountId).Order());
    }

    [Fact]
    public async Task Each_copy_carries_the_issue_and_its_readers_own_unsubscribe_link()
    {
        var reader = TestAccount.Verified();
        await SubscribeAsync(reader);
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        var issue = await (await admin.PostAsJsonAsync(Issues, Kosovo)).AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);

        var copy = Assert.Single(await newsletter.OutboxAsync<NewsletterCopyIssued>(c => c.IssueId == issue.IssueId && c.AccountId == reader.Id));
        Assert.Equal("Lord Robertson in Kosovo", copy.Subject);
        Assert.StartsWith("During a one-day visit", copy.TextBody);
        Assert.StartsWith("<p>During", copy.HtmlBody);
        Assert.True(new UnsubscribeTokens(NewsletterFixture.UnsubscribeKey).TryRead(copy.UnsubscribeUrl.Query["?token=".Length..], out var named));
        Assert.Equal(reader.Id, named);
        var stored = await newsletter.InDatabaseAsync(db => db.Issues.SingleAsync(i => i.Id == issue.IssueId));
        Assert.Equal(copy.PublishedAt, stored.PublishedAt);
        Assert.Equal(issue.Recipients, stored.Recipients);
    }

    [Fact]
    public async Task The_unsubscribe_link_in_a_copy_stops_the_next_issue()
    {
        var reader = TestAccount.Verified();
        await SubscribeAsync(reader);
        using var admin = newsletter.ClientFor(TestAccount.Administrator());
        var first = await (await admin.PostAsJsonAsync(Issues, Kosovo)).AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);
        var copy = Assert.Single(await newsletter.OutboxAsync<NewsletterCopyIssued>(c => c.IssueId == first.IssueId && c.AccountId == reader.Id));

        using (var anonymous = newsletter.Anonymous())
            await (await anonymous.PostAsync(copy.UnsubscribeUrl.PathAndQuery, null)).AssertOkAsync<SubscriptionBody>();
        var second = await (await admin.PostAsJsonAsync(Issues, Kosovo)).AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);

        Assert.Equal(first.Recipients - 1, second.Recipients);
        Assert.Empty(await newsletter.OutboxAsync<NewsletterCopyIssued>(c => c.IssueId == second.IssueId && c.AccountId == reader.Id));
    }

    [Fact]
    public async Task A_reader_who_is_not_admin_gets_403()
    {
        using var reader = newsletter.ClientFor(TestAccount.Verified());

        var response = await reader.PostAsJsonAsync(Issues, Kosovo);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Without_a_token_publishing_gets_401()
    {
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsJsonAsync(Issues, Kosovo);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, string> InvalidIssues => new()
    {
        { """{"textBody":"body"}""", "subject" },
        { """{"subject":"   ","textBody":"body"}""", "subject" },
        { """{"subject":"Hello\r\nBcc: everyone@nato.test","textBody":"body"}""", "subject" },
        { $$"""{"subject":"{{new string('s', 201)}}","textBody":"body"}""", "subject" },
        { """{"subject":"Hello"}""", "textBody" },
        { """{"subject":"Hello","textBody":""}""", "textBody" },
        { $$"""{"subject":"Hello","textBody":"{{new string('b', 100 * 1024 + 1)}}"}""", "textBody" },
        { """{"subject":"Hello","textBody":"bell \u0007"}""", "textBody" },
        { """{"subject":"Hello","textBody":"body","htmlBody":"nul \u0000"}""", "htmlBody" },
    };

    [Theory]
    [MemberData(nameof(InvalidIssues))]
    public async Task An_invalid_issue_answers_400_with_the_field_and_queues_nothing(string json, string field)
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());
        var issuesBefore = await newsletter.InDatabaseAsync(db => db.Issues.CountAsync());

        var response = await admin.PostAsync(Issues, new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEqual(0, messages.GetArrayLength());
        Assert.Equal(issuesBefore, await newsletter.InDatabaseAsync(db => db.Issues.CountAsync()));
    }

    [Theory]
    [InlineData("{\"subject\":")]
    [InlineData("{\"subject\":42,\"textBody\":\"body\"}")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_issue_answers_400(string json)
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        var response = await admin.PostAsync(Issues, new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415()
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        var response = await admin.PostAsync(Issues, new StringContent("subject=Hello", Encoding.UTF8, "text/plain"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_four_megabytes_answers_413()
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());
        var json = $$"""{"subject":"Hello","textBody":"body","htmlBody":"{{new string('h', 5 * 1024 * 1024)}}"}""";

        // As a careful client would send a large body: the service refuses on the declared length before any of
        // the body is sent. (Without this the client may still be writing when the service answers and closes
        // the connection, and see a broken pipe instead of the answer.)
        using var request = new HttpRequestMessage(HttpMethod.Post, Issues)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            Headers = { ExpectContinue = true },
        };

        var response = await admin.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        Assert.Equal(IssueRules.MaxRequestBytes, problem.GetProperty("limitBytes").GetInt64());
    }

    async Task SubscribeAsync(TestAccount account)
    {
        using var client = newsletter.ClientFor(account);
        await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
    }
}
