using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Verification;

public sealed record CodeEntry(string? Email, string? Code)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .Add("code", OneTimeCodeFormat.Problem(Code));
}

/// <summary>A verification: the code from the mailbox, and the registration token or the password of that registration.</summary>
public sealed record VerificationEntry(string? Email, string? Code, string? RegistrationToken, string? Password)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .Add("code", OneTimeCodeFormat.Problem(Code))
        .Add("registrationToken", TokenProblem())
        .Add("password", PasswordProblem());

    public RegistrationProof Proof => new(RegistrationToken, Password);

    string? TokenProblem() => (RegistrationToken, Password) switch
    {
        ({ Length: > Registration.RegistrationToken.MaximumLength }, _) => "The registration token is too long.",
        ({ Length: 0 } or null, { Length: 0 } or null) => "The registration token, or the password you registered with, is required.",
        _ => null,
    };

    public override string ToString() => $"VerificationEntry {{ Email = {Email}, Code = ******, RegistrationToken = ******, Password = ****** }}";

    string? PasswordProblem() => Password is { Length: > PasswordPolicy.MaximumLength } ? "The password is too long." : null;
}

public sealed record VerifyResponse(string Email, bool Verified);

public sealed record CodeRequest(string? Email)
{
    public ValidationErrors Validate() => new ValidationErrors().Add("email", EmailAddress.Problem(Email));
}

public sealed record CodeSentResponse(int CodeExpiresInSeconds);
