using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.EmailChange;

public sealed record EmailChangeRequest(string? NewEmail, string? Password)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Add("newEmail", EmailAddress.Problem(NewEmail))
        .Add("password", string.IsNullOrEmpty(Password) ? "The password is required." : null);

    public override string ToString() => $"EmailChangeRequest {{ NewEmail = {NewEmail}, Password = ****** }}";
}

public sealed record EmailCodeEntry(string? Code)
{
    public ValidationErrors Validate() => new ValidationErrors().Add("code", OneTimeCodeFormat.Problem(Code));

    public override string ToString() => "EmailCodeEntry { Code = ****** }";
}

public sealed record EmailChangedResponse(string Email);
