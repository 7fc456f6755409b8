using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace NatoAspire.Gateway.Downloads;

/// <summary>
/// The client's response body for a large download. Kestrel's own body stream flushes every write, and YARP writes
/// 64 KiB at a time: one socket send (and wake-up of the client) per 64 KiB. Here writes go into Kestrel's output
/// pipe and are flushed once <c>flushThreshold</c> bytes are waiting, or as soon as the upstream holds nothing more
/// (<c>upstreamHoldsData</c> is false), so nothing is held back while the copy waits for the service. Flushing
/// still waits for the client, so memory stays bounded; and it happens in a write, so YARP blames a slow or
/// vanished client, not the service.
/// </summary>
sealed class WriteBehindBody(IHttpResponseBodyFeature inner, int flushThreshold, Func<bool> upstreamHoldsData) : Stream, IHttpResponseBodyFeature
{
    int pending;
    bool started;

    public Stream Stream => this;

    public PipeWriter Writer => inner.Writer;

    public void DisableBuffering() => inner.DisableBuffering();

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await inner.StartAsync(cancellationToken);
        started = true;
    }

    public async Task CompleteAsync()
    {
        await FlushAsync(CancellationToken.None);
        await inner.CompleteAsync();
    }

    public async Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        await FlushAsync(cancellationToken);
        await inner.SendFileAsync(path, offset, count, cancellationToken);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        if (!started) await StartAsync(cancellationToken);
        inner.Writer.Write(source.Span);
        pending += source.Length;
        if (pending >= flushThreshold || !upstreamHoldsData()) await FlushAsync(cancellationToken);
    }

    public override Task WriteAsync(byte[] source, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(source.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] source, int offset, int count) =>
        WriteAsync(source, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending == 0) return;
        pending = 0;
        // Like Kestrel's body stream: a client that has gone is noticed through RequestAborted, not here.
        await inner.Writer.FlushAsync(cancellationToken);
    }

    public override void Flush() => FlushAsync(CancellationToken.None).GetAwaiter().GetResult();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
