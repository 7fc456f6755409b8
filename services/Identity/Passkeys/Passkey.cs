namespace NatoAspire.Identity.Passkeys;

/// <summary>A WebAuthn credential registered to an account: its public key and the authenticator's signature counter.</summary>
public sealed class Passkey
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    /// <summary>The credential id the authenticator chose; unique across every account.</summary>
    public required byte[] CredentialId { get; set; }
    /// <summary>The COSE public key that checks each assertion's signature.</summary>
    public required byte[] PublicKey { get; set; }
    /// <summary>The account's user handle the authenticator holds with the credential and hands back at sign-in.</summary>
    public required byte[] UserHandle { get; set; }
    /// <summary>
    /// The last signature counter seen; an authenticator that counts must show a higher one each time, or the
    /// assertion is refused as a replay or a clone. Authenticators that do not count (most synced passkeys) send 0.
    /// </summary>
    public long SignCount { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
