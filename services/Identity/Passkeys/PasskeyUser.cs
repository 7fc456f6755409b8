namespace NatoAspire.Identity.Passkeys;

/// <summary>
/// The WebAuthn user handle of an account: random, made once, and never the address, since authenticators keep it
/// and hand it to whoever asks for a sign-in (WebAuthn §14.6.1). Every passkey of the account carries the same one,
/// so an authenticator replaces its old passkey for the account instead of holding two.
/// </summary>
public sealed class PasskeyUser
{
    public const int HandleLength = 32;

    public Guid AccountId { get; set; }
    public required byte[] UserHandle { get; set; }
}
