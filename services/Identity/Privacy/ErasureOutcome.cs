namespace NatoAspire.Identity.Privacy;

public abstract record ErasureOutcome
{
    public sealed record Erased : ErasureOutcome;
    public sealed record WrongPassword : ErasureOutcome;
    /// <summary>The token names an account that no longer exists (deleted already).</summary>
    public sealed record NoAccount : ErasureOutcome;
    public sealed record Throttled(TimeSpan RetryAfter) : ErasureOutcome;
}
