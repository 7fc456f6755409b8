using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Verification;

public sealed record CodeEntry(string? Email, string? Code)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("email", EmailAddress.Problem(Email))
        .Add("code", OneTimeCodeFormat.Problem(Code));
}

public sealed record VerifyResponse(string Email, bool Verified);

public sealed record CodeRequest(string? Email)
{
    public ValidationErrors Validate() => new ValidationErrors().Add("email", EmailAddress.Problem(Email));
}

public sealed record CodeSentResponse(int CodeExpiresInSeconds);
