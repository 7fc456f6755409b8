using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Tokens;

public sealed record RefreshRequest(string? RefreshToken)
{
    public ValidationErrors Validate() => new ValidationErrors().Add("refreshToken",
        string.IsNullOrEmpty(RefreshToken) ? "A refresh token is required."
        : RefreshToken.Length > 256 ? "The refresh token is too long." : null);
}
