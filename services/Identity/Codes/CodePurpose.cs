namespace NatoAspire.Identity.Codes;

/// <summary>What a code is for; codes of one purpose never work for the other.</summary>
public enum CodePurpose
{
    Verification,
    PasswordReset,
}

static class CodePurposeNames
{
    public static string KeySegment(this CodePurpose purpose) => purpose switch
    {
        CodePurpose.Verification => "verify",
        CodePurpose.PasswordReset => "reset",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
