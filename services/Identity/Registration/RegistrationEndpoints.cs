using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.Identity.Api;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Registration;

public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistration(this RouteGroupBuilder account)
    {
        account.MapPost("/register", RegisterAsync).HashesPasswords();
        return account;
    }

    static async Task<Results<Accepted<RegisterResponse>, ValidationProblem>> RegisterAsync(
        RegisterRequest request, HttpRequest http, PasswordPolicy policy, Registrar registrar, OneTimeCodeStore codes, CancellationToken cancellationToken)
    {
        var errors = request.Validate(policy);
        if (!errors.IsEmpty) return AccountProblems.Validation(errors);

        var token = await registrar.RegisterAsync(request, request.Language ?? RequestLanguage.Of(http), cancellationToken);
        return TypedResults.Accepted((string?)null,
            new RegisterResponse(EmailAddress.Normalise(request.Email!), (int)codes.Lifetime.TotalSeconds, token.Value));
    }
}
