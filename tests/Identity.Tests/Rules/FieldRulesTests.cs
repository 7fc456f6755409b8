using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Tests.Rules;

public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("ada@example.org")]
    [InlineData("  Ada.Lovelace+portal@Example.ORG ")]
    [InlineData("a@b.co")]
    public void Accepts_plausible_addresses(string email) => Assert.Null(EmailAddress.Problem(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("@example.org")]
    [InlineData("ada@")]
    [InlineData("ada@example")]
    [InlineData("ada@@example.org")]
    [InlineData("ada lovelace@example.org")]
    [InlineData("ada\u0000@example.org")]
    [InlineData("ada@exa..mple.org")]
    public void Refuses_malformed_addresses(string? email) => Assert.NotNull(EmailAddress.Problem(email));

    [Fact]
    public void Refuses_addresses_longer_than_254_characters() =>
        Assert.Contains("at most 254", EmailAddress.Problem(new string('a', 60) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".org"));

    [Fact]
    public void Normalises_by_trimming_and_lower_casing() =>
        Assert.Equal("ada@example.org", EmailAddress.Normalise("  Ada@Example.ORG "));

    [Theory]
    [InlineData("Ada\u0007")]
    [InlineData("Ada\nLovelace")]
    [InlineData("Ada\u202eecalevoL")]
    public void Refuses_control_characters_in_names(string name) =>
        Assert.Contains("control characters", PersonName.Problem(name, "First name", 100, required: true));

    [Fact]
    public void Refuses_half_a_surrogate_pair_in_names()
    {
        Assert.NotNull(PersonName.Problem("Ada" + '\ud800', "First name", 100, required: true));
        Assert.NotNull(PersonName.Problem('\udc00' + "Ada", "First name", 100, required: true));
    }

    [Theory]
    [InlineData("Ada")]
    [InlineData("José-María")]
    [InlineData("Møller 😀")]
    [InlineData("می‌خواهم")] // a zero-width non-joiner, as Persian spelling needs
    public void Accepts_ordinary_names(string name) => Assert.Null(PersonName.Problem(name, "First name", 100, required: true));

    [Fact]
    public void Requires_names_and_bounds_their_length()
    {
        Assert.Equal("First name is required.", PersonName.Problem("   ", "First name", 100, required: true));
        Assert.Null(PersonName.Problem(null, "Organisation", 200, required: false));
        Assert.Contains("at most 100", PersonName.Problem(new string('x', 101), "Last name", 100, required: true));
    }

    [Theory]
    [InlineData("123456", true)]
    [InlineData("000000", true)]
    [InlineData("12345", false)]
    [InlineData("1234567", false)]
    [InlineData("12345a", false)]
    [InlineData("١٢٣٤٥٦", false)] // Arabic-Indic digits are digits, but not ASCII ones
    [InlineData(" 123456", false)]
    public void Codes_are_exactly_six_ascii_digits(string code, bool valid) =>
        Assert.Equal(valid, OneTimeCodeFormat.Problem(code) is null);
}
