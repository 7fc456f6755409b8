using System.Net;
using System.Text;
using Microsoft.Extensions.Hosting;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Tests.Unsubscribing;

[Collection(NewsletterCollection.Name)]
public sealed class OneClickUnsubscribeTests(NewsletterFixture newsletter)
{
    const string Subscription = "/api/newsletter/subscription";
    static readonly UnsubscribeTokens Tokens = new(NewsletterFixture.UnsubscribeKey);

    [Fact]
    public async Task The_link_from_the_welcome_email_unsubscribes_with_the_one_click_form_and_no_login()
    {
        var (account, link) = await SubscribeAsync();
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsync(link.PathAndQuery, OneClickForm());

        Assert.Equal("""{"subscribed":false}""", await (await Ok(response)).Content.ReadAsStringAsync());
        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public async Task An_empty_post_unsubscribes_too()
    {
        var (account, link) = await SubscribeAsync();
        using var anonymous = newsletter.Anonymous();

        await Ok(await anonymous.PostAsync(link.PathAndQuery, null));

        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public async Task The_one_click_form_may_come_as_multipart()
    {
        var (account, link) = await SubscribeAsync();
        using var anonymous = newsletter.Anonymous();
        using var form = new MultipartFormDataContent { { new StringContent("One-Click"), "List-Unsubscribe" } };

        await Ok(await anonymous.PostAsync(link.PathAndQuery, form));

        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public async Task Clicking_the_link_twice_answers_the_same()
    {
        var (account, link) = await SubscribeAsync();
        using var anonymous = newsletter.Anonymous();

        await Ok(await anonymous.PostAsync(link.PathAndQuery, OneClickForm()));
        await Ok(await anonymous.PostAsync(link.PathAndQuery, OneClickForm()));

        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public async Task A_valid_link_for_an_account_never_seen_answers_200()
    {
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsync($"/api/newsletter/unsubscribe?token={Tokens.Issue(Guid.NewGuid())}", OneClickForm());

        Assert.False((await response.AssertOkAsync<SubscriptionBody>()).Subscribed);
    }

    [Fact]
    public async Task Opening_the_link_in_a_browser_does_not_unsubscribe_but_offers_the_button()
    {
        var (account, link) = await SubscribeAsync();
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\"", page);
        Assert.Contains(link.Query["?token=".Length..], page);
        await AssertSubscribedAsync(account, true);
    }

    [Fact]
    public async Task A_French_browser_gets_both_pages_in_French()
    {
        var (account, link) = await SubscribeAsync();
        using var browser = newsletter.Anonymous();
        using var open = new HttpRequestMessage(HttpMethod.Get, link.PathAndQuery) { Headers = { AcceptLanguage = { new("fr-FR") } } };
        using var click = new HttpRequestMessage(HttpMethod.Post, link.PathAndQuery) { Content = OneClickForm() };
        click.Headers.Accept.ParseAdd("text/html");
        click.Headers.AcceptLanguage.ParseAdd("fr-FR, fr;q=0.9, en;q=0.5");

        var confirm = await browser.SendAsync(open);
        var confirmPage = await confirm.Content.ReadAsStringAsync();
        var done = await browser.SendAsync(click);
        var donePage = await done.Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"fr\">", confirmPage);
        Assert.Contains("Se désabonner de la lettre d’information\u00A0?", confirmPage);
        Assert.Contains(">Se désabonner</button>", confirmPage);
        Assert.Equal("fr", Assert.Single(confirm.Content.Headers.ContentLanguage));
        Assert.Contains("Vous êtes désabonné", donePage);
        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public void Every_language_of_the_portal_has_the_pages_wording() =>
        Assert.Equal(PortalLanguages.All, UnsubscribePages.Languages);

    [Fact]
    public async Task The_pages_button_unsubscribes_and_shows_a_page()
    {
        var (account, link) = await SubscribeAsync();
        using var browser = newsletter.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, link.PathAndQuery) { Content = OneClickForm() };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You are unsubscribed", await response.Content.ReadAsStringAsync());
        await AssertSubscribedAsync(account, false);
    }

    [Fact]
    public async Task An_altered_token_answers_400_invalid_token_and_unsubscribes_no_one()
    {
        var (account, link) = await SubscribeAsync();
        var token = link.Query["?token=".Length..];
        var altered = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsync($"/api/newsletter/unsubscribe?token={altered}", OneClickForm());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        await AssertSubscribedAsync(account, true);
    }

    [Fact]
    public async Task A_token_forged_with_another_key_answers_400_invalid_token()
    {
        var (account, _) = await SubscribeAsync();
        var forged = new UnsubscribeTokens("a-forgers-key-which-is-certainly-long-enough").Issue(account.Id);
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsync($"/api/newsletter/unsubscribe?token={forged}", OneClickForm());

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        await AssertSubscribedAsync(account, true);
    }

    [Theory]
    [InlineData("/api/newsletter/unsubscribe")]
    [InlineData("/api/newsletter/unsubscribe?token=")]
    [InlineData("/api/newsletter/unsubscribe?token=garbage")]
    [InlineData("/api/newsletter/unsubscribe?token=%00%0D%0A")]
    public async Task A_missing_or_malformed_token_answers_400_invalid_token(string url)
    {
        using var anonymous = newsletter.Anonymous();

        await (await anonymous.PostAsync(url, OneClickForm())).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
        await (await anonymous.GetAsync(url)).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task A_json_body_is_not_the_one_click_form()
    {
        using var anonymous = newsletter.Anonymous();

        var response = await anonymous.PostAsync(
            $"/api/newsletter/unsubscribe?token={Tokens.Issue(Guid.NewGuid())}",
            new StringContent("{}", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    async Task<(TestAccount Account, Uri Link)> SubscribeAsync()
    {
        var account = TestAccount.Verified();
        using var client = newsletter.ClientFor(account);
        await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
        var welcome = Assert.Single(await newsletter.OutboxAsync<NewsletterSubscribed>(m => m.AccountId == account.Id));
        return (account, welcome.UnsubscribeUrl);
    }

    async Task AssertSubscribedAsync(TestAccount account, bool subscribed)
    {
        using var client = newsletter.ClientFor(account);
        Assert.Equal(subscribed, (await (await client.GetAsync(Subscription)).AssertOkAsync<SubscriptionBody>()).Subscribed);
    }

    static async Task<HttpResponseMessage> Ok(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Expected 200, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    static FormUrlEncodedContent OneClickForm() => new([new("List-Unsubscribe", "One-Click")]);
}
