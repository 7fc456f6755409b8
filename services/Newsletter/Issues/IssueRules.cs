using System.Text;

namespace NatoAspire.Newsletter.Issues;

/// <summary>What an issue must look like before a single copy is queued.</summary>
public static class IssueRules
{
    public const int MaxSubjectLength = 200;
    public const int MaxTextBodyBytes = 100 * 1024;
    public const int MaxHtmlBodyBytes = 512 * 1024;

    /// <summary>Room for both bodies in both languages at their limits, JSON-escaped, and the subjects.</summary>
    public const long MaxRequestBytes = 4 * 1024 * 1024;

    public static Dictionary<string, string[]> Check(PublishIssueRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        CheckVersion(errors, request.Subject, request.TextBody, request.HtmlBody, suffix: "", name: "");
        // The French version is all or nothing: a French subject over an English body would be no French issue at all.
        if (request.HasFrench)
            CheckVersion(errors, request.SubjectFr, request.TextBodyFr, request.HtmlBodyFr, suffix: "Fr", name: "French ");
        return errors;
    }

    static void CheckVersion(Dictionary<string, string[]> errors, string? subject, string? textBody, string? htmlBody, string suffix, string name)
    {
        if (string.IsNullOrWhiteSpace(subject))
            errors["subject" + suffix] = [$"The {name}subject is required."];
        else
        {
            var problems = new List<string>();
            if (subject.Length > MaxSubjectLength) problems.Add($"The {name}subject has at most {MaxSubjectLength} characters.");
            // A line break would end the Subject header and let the rest become headers of its own.
            if (ControlCharacters.AnyIn(subject)) problems.Add($"The {name}subject is one line, without control characters.");
            if (problems.Count > 0) errors["subject" + suffix] = [.. problems];
        }

        if (string.IsNullOrWhiteSpace(textBody))
            errors["textBody" + suffix] = [$"The {name}text body is required."];
        else if (BodyProblems(textBody, MaxTextBodyBytes, name + "text body") is { Length: > 0 } textProblems)
            errors["textBody" + suffix] = textProblems;

        if (htmlBody is not null && BodyProblems(htmlBody, MaxHtmlBodyBytes, name + "HTML body") is { Length: > 0 } htmlProblems)
            errors["htmlBody" + suffix] = htmlProblems;
    }

    static string[] BodyProblems(string body, int maxBytes, string name)
    {
        var problems = new List<string>();
        if (Encoding.UTF8.GetByteCount(body) > maxBytes) problems.Add($"The {name} has at most {maxBytes / 1024} KB.");
        if (ControlCharacters.AnyIn(body, multiline: true)) problems.Add($"The {name} contains control characters.");
        return [.. problems];
    }
}
