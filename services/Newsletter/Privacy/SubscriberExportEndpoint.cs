using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Newsletter.Accounts;
using NatoAspire.Newsletter.Data;

namespace NatoAspire.Newsletter.Privacy;

/// <summary>
/// <c>GET /api/newsletter/subscription/export</c>: everything the newsletter holds about the caller, for identity's
/// account export. All nulls and <c>subscribed: false</c> when it holds nothing.
/// </summary>
public static class SubscriberExportEndpoint
{
    public sealed record SubscriberExport(
        string? Email, bool Subscribed, DateTimeOffset? SubscribedAt, DateTimeOffset? UnsubscribedAt, DateTimeOffset? CreatedAt);

    public static IEndpointRouteBuilder MapSubscriberExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/newsletter/subscription/export", ExportAsync).RequireAuthorization();
        return app;
    }

    static async Task<Results<Ok<SubscriberExport>, ProblemHttpResult>> ExportAsync(
        ClaimsPrincipal user, HttpResponse response, NewsletterDbContext db, CancellationToken cancellationToken)
    {
        if (user.AccountId() is not { } accountId) return AccountProblems.NoAccountId();
        response.Headers.CacheControl = "no-store";
        var held = await db.Subscribers.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .Select(s => new SubscriberExport(s.Email, s.Subscribed, s.SubscribedAt, s.UnsubscribedAt, s.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(held ?? new SubscriberExport(null, false, null, null, null));
    }
}
