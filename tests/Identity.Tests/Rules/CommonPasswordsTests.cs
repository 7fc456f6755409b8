using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Tests.Rules;

public sealed class CommonPasswordsTests
{
    [Fact]
    public void Loads_the_frequency_list_shipped_with_zxcvbn() =>
        Assert.True(Shared.CommonPasswords.Count > 10_000, $"only {Shared.CommonPasswords.Count} entries");

    [Theory]
    [InlineData("password")]
    [InlineData("Password123!")]
    [InlineData("!!Sunshine2024")]
    [InlineData("M0nk3y-2020")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Summer2026!!x")]
    [InlineData("#Dragon-2026-ab")]
    [InlineData("1loveyou!2026")]
    [InlineData("Footba11#2026")]
    public void Sees_through_case_padding_and_look_alike_letters(string password) =>
        Assert.True(Shared.CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("Correct-Horse-42-Battery")]
    [InlineData("Xk9#mPq2!vLw")]
    [InlineData("vX7#qL9!mT2$wR4k")]
    [InlineData("Brand-New-Passw0rd-2026")]
    [InlineData("Kosovo-Visit-2002!")]
    [InlineData("Broadcast-Quality#2026")]
    public void Lets_uncommon_passwords_through(string password) =>
        Assert.False(Shared.CommonPasswords.IsCommon(password));

    [Fact]
    public void Uses_the_list_it_is_given()
    {
        var list = CommonPasswords.Of(["natoportal"]);

        Assert.True(list.IsCommon("NatoPortal#2026"));
        Assert.False(list.IsCommon("password"));
    }

    [Fact]
    public void More_than_three_letters_beside_a_common_word_are_no_longer_decoration()
    {
        var list = CommonPasswords.Of(["summer"]);

        Assert.True(list.IsCommon("Summer2026!!xyz"));
        Assert.False(list.IsCommon("Summer2026!!wxyz"));
    }
}
