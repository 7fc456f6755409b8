using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Passkeys;

/// <summary>
/// Passkeys (WebAuthn) as a second way in: registered, listed and removed by the signed-in owner; a sign-in needs
/// none of that. Every answer is <c>no-store</c> (the account group's filter), options included: each holds a
/// challenge that is good once.
/// </summary>
public static class PasskeyEndpoints
{
    public static RouteGroupBuilder MapPasskeys(this RouteGroupBuilder account)
    {
        var passkeys = account.MapGroup("/passkeys");
        var owner = passkeys.MapGroup("").RequireAuthorization();
        owner.MapPost("/register/options", RegistrationOptionsAsync);
        owner.MapPost("/register", RegisterAsync);
        owner.MapGet("", ListAsync);
        owner.MapDelete("/{id}", RemoveAsync);
        passkeys.MapPost("/login/options", LoginOptionsAsync);
        passkeys.MapPost("/login", LoginAsync);
        return account;
    }

    static async Task<Results<Ok<JsonElement>, ValidationProblem, ProblemHttpResult>> RegistrationOptionsAsync(
        ClaimsPrincipal user, PasskeyRegistrar registrar, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        return await registrar.StartAsync(caller.AccountId, cancellationToken) switch
        {
            RegistrationStart.Started started => TypedResults.Ok(started.Options),
            RegistrationStart.TooMany tooMany => AccountProblems.Validation(new ValidationErrors()
                .Add("credential", $"An account holds at most {tooMany.Limit} passkeys; remove one to add another.")),
            _ => AccountProblems.Unauthorized(),
        };
    }

    static async Task<Results<Created<PasskeyItem>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        PasskeyRegistrationRequest request, ClaimsPrincipal user, PasskeyRegistrar registrar, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        var errors = request.Validate(out var attestation);
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var passkey = await registrar.FinishAsync(caller.AccountId, attestation!, request.Name, cancellationToken);
        if (passkey is null)
            return AccountProblems.Validation(new ValidationErrors().Add("credential", "The passkey could not be verified; please try again."));
        return TypedResults.Created($"/api/account/passkeys/{passkey.Id}", PasskeyItem.Of(passkey));
    }

    static async Task<Results<Ok<PasskeysResponse>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        var passkeys = await db.Passkeys().AsNoTracking().Where(p => p.AccountId == caller.AccountId)
            .OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PasskeysResponse([.. passkeys.Select(PasskeyItem.Of)]));
    }

    /// <summary>Any id that is not one of the caller's passkeys is a 404, so that no answer tells another account's ids.</summary>
    static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string id, ClaimsPrincipal user, IdentityDbContext db, CancellationToken cancellationToken)
    {
        if (Caller.Of(user) is not { } caller) return AccountProblems.Unauthorized();
        if (!Guid.TryParse(id, out var passkeyId)
            || await db.Passkeys().Where(p => p.Id == passkeyId && p.AccountId == caller.AccountId).ExecuteDeleteAsync(cancellationToken) == 0)
            return Problems.Of(StatusCodes.Status404NotFound, "There is no such passkey on this account.", ProblemCodes.NotFound);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<JsonElement>, ValidationProblem>> LoginOptionsAsync(
        [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] PasskeyLoginOptionsRequest? request,
        PasskeySignIn signIn)
    {
        var errors = (request ?? new PasskeyLoginOptionsRequest()).Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);
        return TypedResults.Ok(await signIn.StartAsync());
    }

    static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        PasskeyLoginRequest request, PasskeySignIn signIn, HttpRequest http, CancellationToken cancellationToken)
    {
        var errors = request.Validate(out var assertion);
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await signIn.FinishAsync(assertion!, request.DeviceToken, SessionDevice.UserAgentOf(http), cancellationToken) switch
        {
            LoginOutcome.SignedIn signedIn => TypedResults.Ok(signedIn.Tokens),
            LoginOutcome.NotVerified => AccountProblems.EmailNotVerified(),
            _ => AccountProblems.InvalidCredentials(),
        };
    }
}

/// <param name="LastUsedAt">The last sign-in with it; null until the first.</param>
public sealed record PasskeyItem(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt)
{
    public static PasskeyItem Of(Passkey passkey) => new(passkey.Id, passkey.Name, passkey.CreatedAt, passkey.LastUsedAt);
}

public sealed record PasskeysResponse(List<PasskeyItem> Items);
