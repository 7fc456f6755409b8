using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace NatoAspire.Newsletter.Issues;

public static class IssueEndpoints
{
    public static IEndpointRouteBuilder MapIssueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/newsletter/issues")
            .RequireAuthorization(IdentityTokens.AdminPolicy)
            .MapPost("/", PublishAsync)
            .WithMetadata(new RequestSizeLimitAttribute(IssueRules.MaxRequestBytes));
        return app;
    }

    static async Task<Results<Accepted<PublishedIssue>, ValidationProblem>> PublishAsync(
        PublishIssueRequest request, IssuePublisher publisher, CancellationToken cancellationToken)
    {
        var errors = IssueRules.Check(request);
        if (errors.Count > 0) return Problems.Validation(errors, "The issue is not valid.");

        return TypedResults.Accepted((string?)null, await publisher.PublishAsync(request, cancellationToken));
    }
}
