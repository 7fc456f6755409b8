using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Login;

/// <param name="DeviceToken">Optional: the <c>deviceToken</c> of an earlier successful sign-in to this address.</param>
public sealed record LoginRequest(string? Email, string? Password, string? DeviceToken = null)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .Add("password", string.IsNullOrEmpty(Password) ? "A password is required." : null)
        .Add("deviceToken", DeviceToken?.Length > DeviceTokens.MaximumLength ? "The device token is too long." : null);
}
