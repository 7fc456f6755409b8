using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Profile;

public static class ProfileEndpoints
{
    public static RouteGroupBuilder MapProfile(this RouteGroupBuilder account)
    {
        account.MapGet("/me", GetAsync).RequireAuthorization();
        return account;
    }

    static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> GetAsync(
        ClaimsPrincipal user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var accountId)) return AccountProblems.Unauthorized();
        var profile = await db.Accounts.AsNoTracking()
            .Where(a => a.Id == accountId)
            .Select(a => new ProfileResponse(a.Email, a.FirstName, a.LastName, a.Organisation, a.Language, a.EmailVerified, a.Roles, a.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
        return profile is null ? AccountProblems.Unauthorized() : TypedResults.Ok(profile);
    }
}

public sealed record ProfileResponse(
    string Email, string FirstName, string LastName, string? Organisation, string Language, bool EmailVerified, List<string> Roles, DateTimeOffset CreatedAt);
