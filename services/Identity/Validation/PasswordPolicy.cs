namespace NatoAspire.Identity.Validation;

/// <summary>The portal's password rules; each unmet rule is its own message.</summary>
public sealed class PasswordPolicy(CommonPasswords commonPasswords)
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public IReadOnlyList<string> Check(string? password)
    {
        if (string.IsNullOrEmpty(password)) return ["A password is required."];

        var problems = new List<string>();
        if (password.Length < MinimumLength) problems.Add($"The password must be at least {MinimumLength} characters long.");
        if (password.Length > MaximumLength) problems.Add($"The password must be at most {MaximumLength} characters long.");
        if (password.Any(char.IsWhiteSpace)) problems.Add("The password must not contain spaces.");
        if (ControlCharacters.AnyIn(password)) problems.Add("The password must not contain control characters.");
        if (!password.Any(char.IsUpper)) problems.Add("The password must include an upper-case letter.");
        if (!password.Any(char.IsLower)) problems.Add("The password must include a lower-case letter.");
        if (!password.Any(char.IsDigit)) problems.Add("The password must include a number.");
        if (!password.Any(IsSymbol)) problems.Add("The password must include a symbol.");
        if (password.Length <= MaximumLength && commonPasswords.IsCommon(password))
            problems.Add("The password is too common; choose one that is harder to guess.");
        return problems;
    }

    static bool IsSymbol(char c) => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && !char.IsControl(c);
}
