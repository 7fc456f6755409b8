namespace NatoAspire.Messaging.FailedMessages;

/// <summary>How often each receive endpoint's <c>_error</c> queue is counted (section <c>Messaging:FailedMessages</c>).</summary>
public sealed class FailedMessageOptions
{
    public const string Section = "Messaging:FailedMessages";

    /// <summary>
    /// Between two counts of every <c>_error</c> queue; also how long a new failed message may wait before the gauge
    /// and the warning show it. Defaults to 15 seconds.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    internal bool IsValid => CheckInterval > TimeSpan.Zero;
}
