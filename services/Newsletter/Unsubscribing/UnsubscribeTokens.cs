using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NatoAspire.Newsletter.Unsubscribing;

/// <summary>
/// Signed, self-contained unsubscribe tokens: base64url of <c>version (1 byte) | account id (16) | HMAC-SHA256 (32)</c>.
/// A token names only the account, not a subscription: a link from any email, however old, still unsubscribes,
/// which is what a reader who clicks it expects (and unsubscribing is the safe direction). Tokens do not expire;
/// rotating the key is how every link already sent is withdrawn.
/// </summary>
public sealed class UnsubscribeTokens
{
    const byte Version = 1;
    const int PayloadLength = 1 + 16;
    const int TokenLength = PayloadLength + HMACSHA256.HashSizeInBytes;
    static readonly int EncodedLength = Base64Url.GetEncodedLength(TokenLength);
    // Binds the signature to this use, should the same secret ever be configured for something else.
    static readonly byte[] Purpose = Encoding.ASCII.GetBytes("natoaspire/newsletter/unsubscribe\0");

    readonly byte[] key;

    public UnsubscribeTokens(byte[] key)
    {
        if (key.Length < 32) throw new ArgumentException("An unsubscribe key needs at least 32 bytes.", nameof(key));
        this.key = key;
    }

    public UnsubscribeTokens(string key) : this(Encoding.UTF8.GetBytes(key)) { }

    public string Issue(Guid accountId)
    {
        Span<byte> token = stackalloc byte[TokenLength];
        WritePayload(token[..PayloadLength], accountId);
        Sign(token[..PayloadLength], token[PayloadLength..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The account a genuine token names; false for anything forged, altered or malformed.</summary>
    public bool TryRead(string? token, out Guid accountId)
    {
        accountId = Guid.Empty;
        if (token is null || token.Length != EncodedLength) return false;

        Span<byte> bytes = stackalloc byte[TokenLength];
        if (Base64Url.DecodeFromChars(token, bytes, out _, out var written) != OperationStatus.Done || written != TokenLength) return false;
        // Base64 leaves spare bits in the last character: accept only the one spelling we issue.
        if (!Base64Url.EncodeToString(bytes).Equals(token, StringComparison.Ordinal)) return false;
        if (bytes[0] != Version) return false;

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Sign(bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[PayloadLength..])) return false;

        accountId = new Guid(bytes[1..PayloadLength], bigEndian: true);
        return true;
    }

    static void WritePayload(Span<byte> payload, Guid accountId)
    {
        payload[0] = Version;
        accountId.TryWriteBytes(payload[1..], bigEndian: true, out _);
    }

    void Sign(ReadOnlySpan<byte> payload, Span<byte> signature)
    {
        Span<byte> message = stackalloc byte[Purpose.Length + payload.Length];
        Purpose.CopyTo(message);
        payload.CopyTo(message[Purpose.Length..]);
        HMACSHA256.HashData(key, message, signature);
    }
}
