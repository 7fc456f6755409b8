using System.Security.Cryptography;
using System.Text;

namespace NatoAspire.Identity.Tokens;

/// <summary>
/// A rotated token keeps its successor sealed with a key derived from its own secret, so that a repeat within the
/// reuse interval can be answered with the same successor while the database still holds nothing that opens it:
/// only whoever presents the old token can.
/// </summary>
static class SuccessorSeal
{
    const int NonceSize = 12;
    const int TagSize = 16;
    static readonly byte[] Purpose = Encoding.ASCII.GetBytes("natoaspire-refresh-token-successor");

    public static byte[] Seal(byte[] presentedSecret, byte[] successorSecret)
    {
        var sealedBytes = new byte[NonceSize + successorSecret.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(KeyOf(presentedSecret), TagSize);
        aes.Encrypt(nonce, successorSecret, sealedBytes.AsSpan(NonceSize, successorSecret.Length), sealedBytes.AsSpan(^TagSize));
        return sealedBytes;
    }

    public static byte[]? Open(byte[] presentedSecret, byte[] sealedBytes)
    {
        if (sealedBytes.Length <= NonceSize + TagSize) return null;
        var successor = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(KeyOf(presentedSecret), TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, successor.Length), sealedBytes.AsSpan(^TagSize), successor);
            return successor;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    static byte[] KeyOf(byte[] presentedSecret) => HMACSHA256.HashData(presentedSecret, Purpose);
}
