using Microsoft.Extensions.Localization;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;
using NatoAspire.Web.Session;

namespace NatoAspire.Web.Pages.Account;

public sealed class IndexModel(IdentityApi identity, NewsletterApi newsletter, PortalSession session) : PortalPageModel
{
    public Profile Profile { get; private set; } = null!;
    public SubscriptionStatus? Subscription { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken) =>
        ChangeAsync(newsletter.SubscribeAsync, T["You are now subscribed to our newsletter."], cancellationToken);

    public Task<IActionResult> OnPostUnsubscribeAsync(CancellationToken cancellationToken) =>
        ChangeAsync(newsletter.UnsubscribeAsync, T["You have unsubscribed from our newsletter."], cancellationToken);

    async Task<IActionResult> ChangeAsync(
        Func<string, CancellationToken, Task<ApiResult<SubscriptionStatus>>> change, LocalizedString done, CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is not { } tokens) return await EndSessionAsync();
        var result = await change(tokens.AccessToken, cancellationToken);
        if (result.Succeeded) InfoMessage = done;
        else if (result.Problem.Status == HttpStatusCode.Unauthorized) return await EndSessionAsync();
        else Show(result.Problem);
        return await ShowAsync(cancellationToken);
    }

    async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await session.TokensAsync() is not { } tokens) return await EndSessionAsync();

        var profile = await identity.GetProfileAsync(tokens.AccessToken, cancellationToken);
        if (!profile.Succeeded) return await EndSessionAsync();
        Profile = profile.Value;

        var subscription = await newsletter.GetAsync(tokens.AccessToken, cancellationToken);
        if (subscription.Succeeded) Subscription = subscription.Value;
        else ErrorMessage ??= T["Your newsletter subscription cannot be shown right now."];
        return Page();
    }

    // The API no longer accepts this session (logged out elsewhere, password reset): start again.
    async Task<IActionResult> EndSessionAsync()
    {
        await session.SignOutAsync();
        return Redirect("/account/login?returnUrl=%2Faccount");
    }
}
