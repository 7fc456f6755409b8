namespace NatoAspire.Messaging.Outbox;

public sealed class OutboxRelayOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the relay looks for rows when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 50;

    /// <summary>How long one publish may wait for the broker's confirm before the batch is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a published row is kept. Rows can carry what only the recipient may see (a verification code
    /// on its way to be emailed), so they do not stay long after the broker has confirmed them.
    /// </summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest pause between attempts while the broker is unreachable.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(15);
}
