namespace NatoAspire.Newsletter.Issues;

/// <summary>A published newsletter issue; its copies went to the outbox in the same transaction.</summary>
public sealed class Issue
{
    public Guid Id { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>How many subscribers were sent a copy.</summary>
    public int Recipients { get; set; }
}
