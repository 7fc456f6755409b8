namespace NatoAspire.Identity.Codes;

/// <summary>What a code is for; codes of one purpose never work for the other.</summary>
public enum CodePurpose
{
    Verification,
    PasswordReset,
    /// <summary>Proves the new address of an email change; bound to the account as well as to that address.</summary>
    EmailChange,
}

static class CodePurposeNames
{
    public static string KeySegment(this CodePurpose purpose) => purpose switch
    {
        CodePurpose.Verification => "verify",
        CodePurpose.PasswordReset => "reset",
        CodePurpose.EmailChange => "email-change",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
