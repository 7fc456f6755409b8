using System.Buffers;

namespace NatoAspire.Gateway.Downloads;

/// <summary>
/// Reads the upstream body in large pieces and hands them out in the sizes the caller asks for. YARP copies a body
/// 64 KiB at a time, each copy preceded by a zero-byte read that waits for data; over a large file that is two
/// socket reads (and wake-ups) per 64 KiB. Read ahead, most of those reads are answered from memory.
/// </summary>
sealed class ReadAheadStream(Stream upstream, int bufferSize) : Stream
{
    byte[]? buffer;
    int start;
    int end;

    /// <summary>Whether bytes read from the upstream are still waiting to be handed out.</summary>
    public bool HoldsData => start < end;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (start == end)
        {
            // Nothing held: a zero-byte read is passed on, to wait for the upstream without reading from it.
            if (destination.IsEmpty) return await upstream.ReadAsync(destination, cancellationToken);

            buffer ??= ArrayPool<byte>.Shared.Rent(bufferSize);
            start = 0;
            end = await upstream.ReadAsync(buffer.AsMemory(0, bufferSize), cancellationToken);
            if (end == 0) return 0;
        }

        var count = Math.Min(destination.Length, end - start);
        buffer.AsSpan(start, count).CopyTo(destination.Span);
        start += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] destination, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(destination.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] destination, int offset, int count) => ReadAsync(destination, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] source, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            upstream.Dispose();
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
            buffer = null;
            start = end = 0;
        }
        base.Dispose(disposing);
    }
}
