namespace NatoAspire.Identity.Codes;

public enum CodeCheck
{
    Valid,
    /// <summary>Wrong, expired or never issued: one answer for all three.</summary>
    Invalid,
    /// <summary>Too many wrong tries: the code is dead until a new one is issued, or the daily bound is spent.</summary>
    AttemptsExceeded,
}
