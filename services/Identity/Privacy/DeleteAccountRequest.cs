using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Privacy;

/// <summary>The body of <c>DELETE /api/account</c>: the password confirms that the owner, not a borrowed token, asks.</summary>
public sealed record DeleteAccountRequest(string? Password)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("password", string.IsNullOrEmpty(Password) ? "Your password is required to delete the account." : null);
}
