using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.PasswordReset;

public sealed record ResetTokenResponse(string ResetToken, int ExpiresIn);

public sealed record ResetPasswordRequest(string? ResetToken, string? NewPassword)
{
    public ValidationErrors Validate(PasswordPolicy policy) => new ValidationErrors()
        .Add("resetToken", string.IsNullOrEmpty(ResetToken) ? "A reset token is required."
            : ResetToken.Length > 256 ? "The reset token is too long." : null)
        .AddAll("newPassword", policy.Check(NewPassword));
}
