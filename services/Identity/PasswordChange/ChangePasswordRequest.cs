using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.PasswordChange;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword)
{
    public ValidationErrors Validate(PasswordPolicy policy) => new ValidationErrors()
        .Add("currentPassword", string.IsNullOrEmpty(CurrentPassword) ? "The current password is required." : null)
        .AddAll("newPassword", policy.Check(NewPassword));

    public override string ToString() => "ChangePasswordRequest { CurrentPassword = ******, NewPassword = ****** }";
}
