using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Tests.Rendering;

public sealed class HeaderTextTests
{
    [Theory]
    [InlineData("Hello\r\nBcc: x@example.test", "Hello Bcc: x@example.test")]
    [InlineData("\n\nleading and trailing\r\n", "leading and trailing")]
    [InlineData("tab\tand\u0000null\u0085next-line", "tab and null next-line")]
    [InlineData("plain", "plain")]
    public void Single_line_has_no_line_breaks_or_control_characters(string text, string expected) =>
        Assert.Equal(expected, HeaderText.SingleLine(text));

    [Fact]
    public void Single_line_is_cut_to_a_sane_length() =>
        Assert.Equal(HeaderText.MaxLength, HeaderText.SingleLine(new string('x', 5000)).Length);
}
