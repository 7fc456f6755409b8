using System.Net;
using System.Security.Cryptography;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>
/// A request body produced chunk by chunk while it is sent, with no length announced (chunked transfer):
/// the service can only succeed by streaming it, and the test knows its hash without keeping it.
/// Without a seed the bytes come from the faster unseeded generator (different every time).
/// </summary>
public sealed class GeneratedContent(long length, int? seed) : HttpContent
{
    readonly IncrementalHash sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public string Sha256 { get; private set; } = "";

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var random = seed is { } fixedSeed ? new Random(fixedSeed) : new Random();
        var chunk = new byte[81920];
        for (long sent = 0; sent < length; sent += chunk.Length)
        {
            var size = (int)Math.Min(chunk.Length, length - sent);
            random.NextBytes(chunk.AsSpan(0, size));
            sha256.AppendData(chunk, 0, size);
            await stream.WriteAsync(chunk.AsMemory(0, size));
        }
        Sha256 = Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) sha256.Dispose();
        base.Dispose(disposing);
    }
}
