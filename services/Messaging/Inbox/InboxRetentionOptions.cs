namespace NatoAspire.Messaging.Inbox;

public sealed class InboxRetentionOptions
{
    public const string Section = "Inbox";

    /// <summary>
    /// How long a handled message is remembered. A copy that arrives later is handled again, so keep this well
    /// above the longest a message can wait (retries, a message moved back from an _error queue).
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
