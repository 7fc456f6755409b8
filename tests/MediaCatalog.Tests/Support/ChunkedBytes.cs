using System.Net;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>A real media file sent in pieces with no length announced (chunked transfer): the service must stream it.</summary>
public sealed class ChunkedBytes(byte[] bytes) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var sent = 0; sent < bytes.Length; sent += 65536)
            await stream.WriteAsync(bytes.AsMemory(sent, Math.Min(65536, bytes.Length - sent)));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
