using System.Text;

namespace NatoAspire.Newsletter.Issues;

/// <summary>What an issue must look like before a single copy is queued.</summary>
public static class IssueRules
{
    public const int MaxSubjectLength = 200;
    public const int MaxTextBodyBytes = 100 * 1024;
    public const int MaxHtmlBodyBytes = 512 * 1024;

    /// <summary>Room for both bodies at their limits, JSON-escaped, and the subject.</summary>
    public const long MaxRequestBytes = 2 * 1024 * 1024;

    public static Dictionary<string, string[]> Check(PublishIssueRequest request)
    {
        var errors = new Dictionary<string, string[]>();

        if (string.IsNullOrWhiteSpace(request.Subject))
            errors["subject"] = ["The subject is required."];
        else
        {
            var problems = new List<string>();
            if (request.Subject.Length > MaxSubjectLength) problems.Add($"The subject has at most {MaxSubjectLength} characters.");
            // A line break would end the Subject header and let the rest become headers of its own.
            if (ControlCharacters.AnyIn(request.Subject)) problems.Add("The subject is one line, without control characters.");
            if (problems.Count > 0) errors["subject"] = [.. problems];
        }

        if (string.IsNullOrWhiteSpace(request.TextBody))
            errors["textBody"] = ["The text body is required."];
        else if (BodyProblems(request.TextBody, MaxTextBodyBytes, "text body") is { Length: > 0 } textProblems)
            errors["textBody"] = textProblems;

        if (request.HtmlBody is not null && BodyProblems(request.HtmlBody, MaxHtmlBodyBytes, "HTML body") is { Length: > 0 } htmlProblems)
            errors["htmlBody"] = htmlProblems;

        return errors;
    }

    static string[] BodyProblems(string body, int maxBytes, string name)
    {
        var problems = new List<string>();
        if (Encoding.UTF8.GetByteCount(body) > maxBytes) problems.Add($"The {name} has at most {maxBytes / 1024} KB.");
        if (ControlCharacters.AnyIn(body, multiline: true)) problems.Add($"The {name} contains control characters.");
        return [.. problems];
    }
}
