using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Login;

public sealed record LoginRequest(string? Email, string? Password)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .Add("password", string.IsNullOrEmpty(Password) ? "A password is required." : null);
}
