using System.Net;

namespace NatoAspire.Gateway.Downloads;

/// <summary>An upstream response body, read through a <see cref="ReadAheadStream"/>. Headers stay with the original.</summary>
sealed class ReadAheadContent(HttpContent upstream, int bufferSize) : HttpContent
{
    ReadAheadStream? reader;

    /// <summary>Whether bytes read from the upstream are still waiting to be handed out.</summary>
    public bool HoldsData => reader?.HoldsData == true;

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        reader = new ReadAheadStream(await upstream.ReadAsStreamAsync(cancellationToken), bufferSize);

    protected override Task<Stream> CreateContentReadStreamAsync() => CreateContentReadStreamAsync(CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var source = await CreateContentReadStreamAsync(cancellationToken);
        await source.CopyToAsync(stream, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) upstream.Dispose();
        base.Dispose(disposing);
    }
}
