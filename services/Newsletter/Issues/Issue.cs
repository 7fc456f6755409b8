namespace NatoAspire.Newsletter.Issues;

/// <summary>A published newsletter issue; its copies went to the outbox in the same transaction.</summary>
public sealed class Issue
{
    public Guid Id { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }

    /// <summary>The French version; null when the issue has none, and then French subscribers get the English one.</summary>
    public string? SubjectFr { get; set; }
    public string? TextBodyFr { get; set; }
    public string? HtmlBodyFr { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>How many subscribers were sent a copy.</summary>
    public int Recipients { get; set; }

    /// <summary>The version a subscriber of <paramref name="language"/> gets: theirs if the issue has it, else English.</summary>
    public (string Language, string Subject, string TextBody, string? HtmlBody) VersionFor(string language) =>
        PortalLanguages.Normalize(language) == PortalLanguages.French && SubjectFr is not null && TextBodyFr is not null
            ? (PortalLanguages.French, SubjectFr, TextBodyFr, HtmlBodyFr)
            : (PortalLanguages.English, Subject, TextBody, HtmlBody);
}
