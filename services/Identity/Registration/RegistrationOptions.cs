namespace NatoAspire.Identity.Registration;

public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>
    /// Pending attempts kept per address; a new one beyond it drops the oldest. Defaults to 5: enough for an owner who
    /// registers a few times, few enough that the rows of an address cannot grow without bound. A stranger who
    /// registers the address that often only drops the owner's attempt (the owner registers again); it never hands
    /// the stranger the account.
    /// </summary>
    public int MaxPendingAttempts { get; set; } = 5;
}
