namespace NatoAspire.Identity.Codes;

/// <summary>
/// What one try of a code came to. <see cref="RetryAfter"/> is set when the address's daily bound of wrong tries is
/// spent. A right try stays counted as wrong until the code is consumed with it, so a right code offered with the
/// wrong registration costs a try.
/// </summary>
public sealed record CodeTry(CodeCheck Outcome, TimeSpan? RetryAfter = null)
{
    /// <summary>Names this try in the try counters, so that consuming the code can take it back out.</summary>
    internal string TryId { get; init; } = "";
}
