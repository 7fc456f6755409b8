namespace NatoAspire.TestSupport.Tests;

public sealed class FindSixDigitCodeTests
{
    [Theory]
    [InlineData("Your code is 123456.", "123456")]
    [InlineData("123456", "123456")]
    [InlineData("Order 42, code:\n654321\n", "654321")]
    [InlineData("Call +41 1234567 or use 987654", "987654")]
    public void Finds_the_first_run_of_exactly_six_digits(string text, string expected) =>
        Assert.Equal(expected, Mailbox.FindSixDigitCode(text));

    [Theory]
    [InlineData("")]
    [InlineData("no code here")]
    [InlineData("12345 and 1234567")]
    public void Returns_null_without_one(string text) =>
        Assert.Null(Mailbox.FindSixDigitCode(text));
}
