using System.Net;
using System.Net.Http.Json;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Newsletter.Tests.Support;

namespace NatoAspire.Newsletter.Tests.Issues;

/// <summary>Each subscriber gets an issue, and the welcome, in their account's language; English when the issue has no French.</summary>
[Collection(NewsletterCollection.Name)]
public sealed class FrenchIssueTests(NewsletterFixture newsletter)
{
    const string Issues = "/api/newsletter/issues";

    [Fact]
    public async Task An_issue_with_French_parts_reaches_a_French_subscriber_in_French_and_an_English_one_in_English()
    {
        var french = TestAccount.French();
        var english = TestAccount.Verified();
        await SubscribeAsync(french);
        await SubscribeAsync(english);

        var issue = await PublishAsync(new
        {
            subject = "Lord Robertson in Kosovo",
            textBody = "During a one-day visit to the province on 27 June 2002.",
            subjectFr = "Lord Robertson au Kosovo",
            textBodyFr = "Au cours d’une visite d’une journée dans la province, le 27 juin 2002.",
            htmlBodyFr = "<p>Au cours d’une visite d’une journée dans la province, le 27 juin 2002.</p>",
        });

        var toFrench = await CopyAsync(issue, french);
        Assert.Equal(("fr", "Lord Robertson au Kosovo"), (toFrench.Language, toFrench.Subject));
        Assert.StartsWith("Au cours d’une visite", toFrench.TextBody);
        Assert.StartsWith("<p>Au cours", toFrench.HtmlBody);
        var toEnglish = await CopyAsync(issue, english);
        Assert.Equal(("en", "Lord Robertson in Kosovo"), (toEnglish.Language, toEnglish.Subject));
        Assert.Null(toEnglish.HtmlBody);
    }

    [Fact]
    public async Task An_issue_without_French_reaches_a_French_subscriber_in_English()
    {
        var french = TestAccount.French();
        await SubscribeAsync(french);

        var issue = await PublishAsync(new { subject = "Lord Robertson in Kosovo", textBody = "During a one-day visit." });

        var copy = await CopyAsync(issue, french);
        Assert.Equal(("en", "Lord Robertson in Kosovo"), (copy.Language, copy.Subject));
    }

    [Fact]
    public async Task A_French_part_without_its_text_body_is_a_validation_error()
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());
        var response = await admin.PostAsJsonAsync(Issues, new { subject = "S", textBody = "T", subjectFr = "S" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("textBodyFr", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_welcome_follows_the_token_s_locale_and_a_token_without_one_is_English()
    {
        var french = TestAccount.French();
        var english = TestAccount.Verified();
        await SubscribeAsync(french);
        await SubscribeAsync(english);

        Assert.Equal("fr", Assert.Single(await newsletter.OutboxAsync<NewsletterSubscribed>(s => s.AccountId == french.Id)).Language);
        Assert.Equal("en", Assert.Single(await newsletter.OutboxAsync<NewsletterSubscribed>(s => s.AccountId == english.Id)).Language);
    }

    async Task<PublishedIssueBody> PublishAsync(object issue)
    {
        using var admin = newsletter.ClientFor(TestAccount.Administrator());
        return await (await admin.PostAsJsonAsync(Issues, issue)).AssertOkAsync<PublishedIssueBody>(HttpStatusCode.Accepted);
    }

    async Task<NewsletterCopyIssued> CopyAsync(PublishedIssueBody issue, TestAccount reader) =>
        Assert.Single(await newsletter.OutboxAsync<NewsletterCopyIssued>(c => c.IssueId == issue.IssueId && c.AccountId == reader.Id));

    async Task SubscribeAsync(TestAccount account)
    {
        using var client = newsletter.ClientFor(account);
        await (await client.PutAsync("/api/newsletter/subscription", null)).AssertOkAsync<SubscriptionBody>();
    }
}
