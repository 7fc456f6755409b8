using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Tests.Rules;

public sealed class PasswordPolicyTests
{
    static readonly PasswordPolicy Policy = new(Shared.CommonPasswords);

    [Theory]
    [InlineData("Correct-Horse-42-Battery")]
    [InlineData("Xk9#mPq2!vLw")]
    [InlineData("Ünïcödé-Pässwört-7")]
    [InlineData("vX7#qL9!mT2$wR4k")]
    public void Accepts_a_password_that_meets_every_rule(string password) =>
        Assert.Empty(Policy.Check(password));

    [Theory]
    [InlineData("Sh0rt!pw", "at least 12 characters")]
    [InlineData("Correct Horse 42 Battery", "spaces")]
    [InlineData("Correct\tHorse-42-Battery", "spaces")]
    [InlineData("correct-horse-42-battery", "upper-case")]
    [InlineData("CORRECT-HORSE-42-BATTERY", "lower-case")]
    [InlineData("Correct-Horse-XX-Battery", "number")]
    [InlineData("CorrectHorse42Battery", "symbol")]
    [InlineData("Password123!", "too common")]
    [InlineData("P@ssw0rd2024!", "too common")]
    [InlineData("Qwertyuiop1!", "too common")]
    [InlineData("Summer2026!!x", "too common")]
    public void Names_each_unmet_rule(string password, string expected)
    {
        var problems = Policy.Check(password);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_unmet_rule_is_its_own_message()
    {
        var problems = Policy.Check("abc");

        Assert.Equal(4, problems.Count); // length, upper, digit, symbol
        Assert.Equal(problems.Count, problems.Distinct().Count());
    }

    [Fact]
    public void Refuses_more_than_128_characters()
    {
        var password = "Aa1!" + new string('x', 125);

        Assert.Contains(Policy.Check(password), p => p.Contains("at most 128"));
        Assert.Empty(Policy.Check(password[..128]));
    }

    [Fact]
    public void Requires_a_password() =>
        Assert.Equal(["A password is required."], Policy.Check(null));
}

static class Shared
{
    public static readonly CommonPasswords CommonPasswords = new();
}
