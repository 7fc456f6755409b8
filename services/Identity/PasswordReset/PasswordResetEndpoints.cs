using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Verification;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.PasswordReset;

public static class PasswordResetEndpoints
{
    public static RouteGroupBuilder MapPasswordReset(this RouteGroupBuilder account)
    {
        var password = account.MapGroup("/password");
        password.MapPost("/forgot", ForgotAsync);
        password.MapPost("/verify-code", VerifyCodeAsync);
        password.MapPost("/reset", ResetAsync).HashesPasswords();
        return account;
    }

    static async Task<Results<Accepted<CodeSentResponse>, ValidationProblem, ProblemHttpResult>> ForgotAsync(
        CodeRequest request, PasswordResetter resetter, OneTimeCodeStore codes, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var permit = await resetter.SendCodeAsync(EmailAddress.Normalise(request.Email!), cancellationToken);
        if (!permit.Granted) return AccountProblems.RateLimited(response, permit.RetryAfter);
        return TypedResults.Accepted((string?)null, new CodeSentResponse((int)codes.Lifetime.TotalSeconds));
    }

    static async Task<Results<Ok<ResetTokenResponse>, ValidationProblem, ProblemHttpResult>> VerifyCodeAsync(
        CodeEntry request, PasswordResetter resetter, ResetTokenStore resetTokens, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var (outcome, resetToken) = await resetter.ExchangeCodeAsync(EmailAddress.Normalise(request.Email!), request.Code!, cancellationToken);
        return outcome.Outcome switch
        {
            CodeCheck.Valid => TypedResults.Ok(new ResetTokenResponse(resetToken!, (int)resetTokens.Lifetime.TotalSeconds)),
            CodeCheck.AttemptsExceeded => AccountProblems.CodeAttemptsExceeded(response, outcome.RetryAfter),
            _ => AccountProblems.InvalidCode(),
        };
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetAsync(
        ResetPasswordRequest request, PasswordPolicy policy, PasswordResetter resetter, CancellationToken cancellationToken)
    {
        var errors = request.Validate(policy);
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        return await resetter.ResetAsync(request.ResetToken!, request.NewPassword!, cancellationToken)
            ? TypedResults.NoContent()
            : AccountProblems.InvalidResetToken();
    }
}
