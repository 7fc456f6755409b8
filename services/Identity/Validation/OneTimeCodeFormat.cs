namespace NatoAspire.Identity.Validation;

public static class OneTimeCodeFormat
{
    /// <summary>Exactly six ASCII digits; anything else is a validation error and not a try.</summary>
    public static string? Problem(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) ? null : "The code must be exactly six digits.";
}
