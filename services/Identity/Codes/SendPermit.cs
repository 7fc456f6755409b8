namespace NatoAspire.Identity.Codes;

public readonly record struct SendPermit(bool Granted, TimeSpan RetryAfter)
{
    public static SendPermit Allowed => new(true, TimeSpan.Zero);
}
