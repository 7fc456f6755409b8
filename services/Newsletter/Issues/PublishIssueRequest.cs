namespace NatoAspire.Newsletter.Issues;

/// <summary>
/// The English issue, and optionally its French version (<c>subjectFr</c>, <c>textBodyFr</c>, <c>htmlBodyFr</c>): each
/// subscriber gets the version in their language, and the English one when the issue has no French.
/// </summary>
public sealed record PublishIssueRequest(
    string? Subject, string? TextBody, string? HtmlBody,
    string? SubjectFr = null, string? TextBodyFr = null, string? HtmlBodyFr = null)
{
    /// <summary>Whether the request carries any French part; then subject and text body are both required in French.</summary>
    public bool HasFrench => SubjectFr is not null || TextBodyFr is not null || HtmlBodyFr is not null;
}

public sealed record PublishedIssue(Guid IssueId, int Recipients);
