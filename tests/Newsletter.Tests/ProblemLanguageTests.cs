using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NatoAspire.Newsletter.Localization;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests;

/// <summary>The newsletter's problems follow <c>Accept-Language</c> (CONTRACT §7): every message has its French; codes never change.</summary>
[Collection(NewsletterCollection.Name)]
public sealed class ProblemLanguageTests(NewsletterFixture newsletter)
{
    ProblemTranslations Translations => newsletter.Services.GetRequiredService<ProblemTranslations>();

    [Theory]
    [InlineData("/api/newsletter/unsubscribe?token=not-a-token", null)]
    [InlineData("/api/newsletter/unsubscribe?token=not-a-token", "text/plain")]
    public async Task A_bad_unsubscribe_is_answered_in_French_when_asked(string url, string? mediaType) =>
        await TranslatedProblems.AssertTranslatedAsync(newsletter.Anonymous(), () => new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = mediaType is null ? null : new StringContent("x", System.Text.Encoding.UTF8, mediaType),
        }, Translations);

    [Fact]
    public async Task An_unverified_reader_and_a_bad_issue_are_answered_in_French_when_asked()
    {
        using var unverified = newsletter.ClientFor(TestAccount.Unverified());
        using var admin = newsletter.ClientFor(TestAccount.Administrator());

        await TranslatedProblems.AssertTranslatedAsync(unverified,
            () => new HttpRequestMessage(HttpMethod.Put, "/api/newsletter/subscription"), Translations);
        await TranslatedProblems.AssertTranslatedAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/newsletter/issues")
        {
            Content = JsonContent.Create(new { subject = new string('s', 500) + "\u0001", textBody = "a\u0001", htmlBody = new string('h', 600 * 1024) + "\u0001" }),
        }, Translations);
        await TranslatedProblems.AssertTranslatedAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/newsletter/issues")
        {
            Content = JsonContent.Create(new { subject = "", textBody = "" }),
        }, Translations);
        await TranslatedProblems.AssertTranslatedAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/newsletter/issues")
        {
            Content = JsonContent.Create(new
            {
                subject = "News", textBody = "Text", subjectFr = new string('s', 500) + "\u0001", textBodyFr = "a\u0001",
                htmlBodyFr = new string('h', 600 * 1024) + "\u0001",
            }),
        }, Translations);
        await TranslatedProblems.AssertTranslatedAsync(admin, () => new HttpRequestMessage(HttpMethod.Post, "/api/newsletter/issues")
        {
            Content = JsonContent.Create(new { subject = "News", textBody = "Text", subjectFr = "", textBodyFr = "", htmlBodyFr = "<p>x</p>" }),
        }, Translations);
    }

    [Fact]
    public void Every_problem_message_has_its_English_and_its_French() =>
        ProblemMessageResources.AssertComplete(typeof(ProblemMessages));
}
