using Microsoft.Extensions.Options;

namespace NatoAspire.Newsletter.Unsubscribing;

/// <summary>The one-click link that goes into every email's List-Unsubscribe header and footer.</summary>
public sealed class UnsubscribeLinks(UnsubscribeTokens tokens, IOptions<NewsletterOptions> options)
{
    public const string Path = "/api/newsletter/unsubscribe";

    public Uri For(Guid accountId)
    {
        var baseUrl = options.Value.PublicBaseUrl.AbsoluteUri.TrimEnd('/');
        // base64url needs no escaping in a query string.
        return new Uri($"{baseUrl}{Path}?token={tokens.Issue(accountId)}");
    }
}
