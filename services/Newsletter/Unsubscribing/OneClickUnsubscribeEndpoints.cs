using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Features;
using NatoAspire.Newsletter.Subscriptions;

namespace NatoAspire.Newsletter.Unsubscribing;

/// <summary>
/// RFC 8058 one-click unsubscribe: no login, the signed token in the link is the authority. Only POST unsubscribes;
/// a GET (a person following the footer link, or a mail scanner prefetching it) gets a page with the button.
/// </summary>
public static class OneClickUnsubscribeEndpoints
{
    // The one-click body is a single short form field; nothing larger is ever legitimate.
    const long MaxBodyBytes = 4 * 1024;

    public static IEndpointRouteBuilder MapOneClickUnsubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(UnsubscribeLinks.Path, UnsubscribeAsync)
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        app.MapGet(UnsubscribeLinks.Path, Confirm).AllowAnonymous();
        return app;
    }

    static async Task<Results<Ok<SubscriptionStatus>, ContentHttpResult, ProblemHttpResult>> UnsubscribeAsync(
        string? token, HttpRequest request, UnsubscribeTokens tokens, SubscriptionStore store, CancellationToken cancellationToken)
    {
        if (!IsOneClickBody(request)) return UnsupportedBody();
        if (!tokens.TryRead(token, out var accountId)) return InvalidToken();

        // An account unknown here (never subscribed, or gone) has nothing to leave: the same answer.
        await store.UnsubscribeAsync(accountId, "one-click", cancellationToken);
        return WantsHtml(request)
            ? Html(request, UnsubscribePages.Unsubscribed(RequestLanguage.Of(request)))
            : TypedResults.Ok(SubscriptionStatus.NotSubscribed);
    }

    static Results<ContentHttpResult, ProblemHttpResult> Confirm(string? token, HttpRequest request, UnsubscribeTokens tokens) =>
        tokens.TryRead(token, out _)
            ? Html(request, UnsubscribePages.Confirm(token!, RequestLanguage.Of(request)))
            : InvalidToken();

    /// <summary>A page in the language the browser asked for, saying so to it and to any cache between.</summary>
    static ContentHttpResult Html(HttpRequest request, string page)
    {
        ContentLanguage.Set(request.HttpContext.Response, RequestLanguage.Of(request));
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

    /// <summary>RFC 8058 names multipart/form-data and x-www-form-urlencoded; some clients send nothing at all.</summary>
    static bool IsOneClickBody(HttpRequest request) =>
        request.HasFormContentType
        || request.ContentLength == 0
        || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false;

    /// <summary>The confirmation page's own button posts from a browser, which should see a page, not JSON.</summary>
    static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept is { Count: > 0 } accept
        && accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        && !accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    static ProblemHttpResult InvalidToken() => Problems.Of(StatusCodes.Status400BadRequest,
        "The unsubscribe link is not valid.", ProblemCodes.InvalidUnsubscribeToken,
        detail: "Use the link from a newsletter email as it is, or sign in and unsubscribe from your account.");

    static ProblemHttpResult UnsupportedBody() => Problems.Of(StatusCodes.Status415UnsupportedMediaType,
        "Send the form List-Unsubscribe=One-Click, or no body.", ProblemCodes.UnsupportedMediaType);
}
