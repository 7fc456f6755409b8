namespace NatoAspire.Identity.Tokens;

/// <summary>The private key that signs access tokens; kept in the database so tokens stay valid across restarts.</summary>
public sealed class SigningKey
{
    public required string KeyId { get; set; }
    public required string Algorithm { get; set; }
    /// <summary>PKCS#8 DER.</summary>
    public required byte[] PrivateKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
