namespace NatoAspire.Messaging;

/// <summary>
/// How a consumer that failed is tried again before its message is moved to the queue's <c>_error</c> queue
/// (section <c>Messaging:Retry</c>): exponential back-off from <see cref="MinInterval"/> to <see cref="MaxInterval"/>.
/// The defaults ride out about half a minute of trouble, such as an SMTP server restarting; where longer outages
/// are expected, raise <see cref="Limit"/> or <see cref="MaxInterval"/> rather than moving messages back by hand.
/// </summary>
public sealed class MessageRetryOptions
{
    public const string Section = "Messaging:Retry";

    /// <summary>Retries after the first attempt; 0 sends a failed message to <c>_error</c> at once.</summary>
    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromSeconds(1);

    internal bool IsValid =>
        Limit >= 0 && MinInterval >= TimeSpan.Zero && MaxInterval >= MinInterval && IntervalDelta > TimeSpan.Zero;
}
