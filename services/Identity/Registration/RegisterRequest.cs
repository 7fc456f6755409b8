using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Registration;

public sealed record RegisterRequest(string? Email, string? Password, string? FirstName, string? LastName, string? Organisation, string? Language = null)
{
    public ValidationErrors Validate(PasswordPolicy policy) => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .AddAll("password", policy.Check(Password))
        .Add("firstName", PersonName.Problem(FirstName, "First name", PersonName.MaximumNameLength, required: true))
        .Add("lastName", PersonName.Problem(LastName, "Last name", PersonName.MaximumNameLength, required: true))
        .Add("organisation", PersonName.Problem(Organisation, "Organisation", PersonName.MaximumOrganisationLength, required: false))
        .Add("language", Language is null || PortalLanguages.IsSupported(Language) ? null
            : $"Language must be one of: {string.Join(", ", PortalLanguages.All)}.");
}

/// <summary><see cref="RegistrationToken"/> names this attempt; verifying it needs the token (or its password) and the code.</summary>
public sealed record RegisterResponse(string Email, int CodeExpiresInSeconds, string RegistrationToken);
