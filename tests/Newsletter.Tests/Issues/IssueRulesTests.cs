using NatoAspire.Newsletter.Issues;

namespace NatoAspire.Newsletter.Tests.Issues;

public sealed class IssueRulesTests
{
    [Fact]
    public void A_subject_and_a_text_body_make_a_valid_issue() =>
        Assert.Empty(IssueRules.Check(new("Kosovo: KFOR reduction", "Lord Robertson visited Kosovo.", null)));

    [Fact]
    public void A_subject_of_exactly_200_characters_is_allowed() =>
        Assert.Empty(IssueRules.Check(new(new string('s', 200), "body", "<p>body</p>")));

    [Fact]
    public void A_text_body_of_exactly_100_KB_is_allowed() =>
        Assert.Empty(IssueRules.Check(new("subject", new string('b', 100 * 1024), null)));

    [Fact]
    public void Multi_byte_characters_count_in_bytes_towards_the_100_KB()
    {
        var errors = IssueRules.Check(new("subject", new string('é', 60 * 1024), null));

        Assert.Contains("textBody", errors.Keys);
    }

    [Fact]
    public void Line_breaks_and_tabs_are_allowed_in_the_bodies() =>
        Assert.Empty(IssueRules.Check(new("subject", "Hello,\r\n\tworld\n", "<p>\nHello\n</p>")));

    [Fact]
    public void Every_broken_rule_is_reported_under_its_field()
    {
        var errors = IssueRules.Check(new(new string('s', 201) + "\n", "", "bad \u0007 html"));

        Assert.Equal(["htmlBody", "subject", "textBody"], errors.Keys.Order());
        Assert.Equal(2, errors["subject"].Length);
    }
}
