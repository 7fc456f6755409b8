namespace NatoAspire.Newsletter.Issues;

public sealed record PublishIssueRequest(string? Subject, string? TextBody, string? HtmlBody);

public sealed record PublishedIssue(Guid IssueId, int Recipients);
