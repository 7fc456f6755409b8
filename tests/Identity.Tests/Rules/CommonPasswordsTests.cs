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
    public void Sees_through_case_padding_and_look_alike_letters(string password) =>
        Assert.True(Shared.CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("Correct-Horse-42-Battery")]
    [InlineData("Xk9#mPq2!vLw")]
    public void Lets_uncommon_passwords_through(string password) =>
        Assert.False(Shared.CommonPasswords.IsCommon(password));

    [Fact]
    public void Uses_the_list_it_is_given()
    {
        var list = new CommonPasswords(["natoportal"]);

        Assert.True(list.IsCommon("NatoPortal#2026"));
        Assert.False(list.IsCommon("password"));
    }
}
