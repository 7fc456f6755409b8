using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Verification;

public static class VerificationEndpoints
{
    public static RouteGroupBuilder MapVerification(this RouteGroupBuilder account)
    {
        account.MapPost("/verify", VerifyAsync).HashesPasswords();
        account.MapPost("/resend-code", ResendAsync);
        return account;
    }

    static async Task<Results<Ok<VerifyResponse>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        VerificationEntry request, EmailVerifier verifier, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var email = EmailAddress.Normalise(request.Email!);
        var outcome = await verifier.VerifyAsync(email, request.Code!, request.Proof, cancellationToken);
        return outcome.Outcome switch
        {
            CodeCheck.Valid => TypedResults.Ok(new VerifyResponse(email, Verified: true)),
            CodeCheck.AttemptsExceeded => AccountProblems.CodeAttemptsExceeded(response, outcome.RetryAfter),
            _ => AccountProblems.InvalidCode(),
        };
    }

    static async Task<Results<Accepted<CodeSentResponse>, ValidationProblem, ProblemHttpResult>> ResendAsync(
        CodeRequest request, EmailVerifier verifier, OneTimeCodeStore codes, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var permit = await verifier.ResendAsync(EmailAddress.Normalise(request.Email!), cancellationToken);
        if (!permit.Granted) return AccountProblems.RateLimited(response, permit.RetryAfter);
        return TypedResults.Accepted((string?)null, new CodeSentResponse((int)codes.Lifetime.TotalSeconds));
    }
}
