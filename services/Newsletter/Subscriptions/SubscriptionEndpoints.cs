using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Newsletter.Accounts;

namespace NatoAspire.Newsletter.Subscriptions;

public static class SubscriptionEndpoints
{
    public static IEndpointRouteBuilder MapSubscriptionEndpoints(this IEndpointRouteBuilder app)
    {
        var subscription = app.MapGroup("/api/newsletter/subscription").RequireAuthorization();

        subscription.MapGet("/", GetAsync);
        subscription.MapPut("/", SubscribeAsync).RequireAuthorization(IdentityTokens.VerifiedAccountPolicy);
        subscription.MapDelete("/", UnsubscribeAsync);
        return app;
    }

    static async Task<Results<Ok<SubscriptionStatus>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal user, SubscriptionStore store, CancellationToken cancellationToken) =>
        user.AccountId() is { } accountId
            ? TypedResults.Ok(await store.FindAsync(accountId, cancellationToken))
            : AccountProblems.NoAccountId();

    static async Task<Results<Ok<SubscriptionStatus>, ProblemHttpResult>> SubscribeAsync(
        ClaimsPrincipal user, SubscriptionStore store, CancellationToken cancellationToken)
    {
        if (user.AccountId() is not { } accountId) return AccountProblems.NoAccountId();
        if (user.Email() is not { } email) return AccountProblems.NoEmail();
        return TypedResults.Ok(await store.SubscribeAsync(accountId, email, user.Language(), cancellationToken));
    }

    static async Task<Results<Ok<SubscriptionStatus>, ProblemHttpResult>> UnsubscribeAsync(
        ClaimsPrincipal user, SubscriptionStore store, CancellationToken cancellationToken)
    {
        if (user.AccountId() is not { } accountId) return AccountProblems.NoAccountId();
        await store.UnsubscribeAsync(accountId, "account", cancellationToken);
        return TypedResults.Ok(SubscriptionStatus.NotSubscribed);
    }
}
