namespace Generator.Pdf.Output;

/// <summary>A write-only stream into one buffer that is kept and reused (<see cref="Reset"/>), for output read back at once
/// (<see cref="Written"/>): no growing and copying per use as with a new <see cref="MemoryStream"/> and <c>ToArray</c>.
/// Not thread-safe; <see cref="ZlibDeflate"/> keeps one per thread.</summary>
internal sealed class ScratchStream : Stream
{
    /// <summary>A buffer larger than this is let go at the next <see cref="Reset"/> (a large image once compressed should not
    /// stay with a thread for the rest of the run).</summary>
    private const int KeptCapacity = 1024 * 1024;

    private byte[] buffer = new byte[64 * 1024];
    private int length;

    /// <summary>The bytes written since the last <see cref="Reset"/>; valid until the next write or reset.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Forgets what was written, keeping the buffer unless it grew past 1 MB.</summary>
    public void Reset()
    {
        if (buffer.Length > KeptCapacity) buffer = new byte[64 * 1024];
        length = 0;
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer.Length)
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes.Length));
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => length;

    /// <inheritdoc />
    public override long Position { get => length; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush() { }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
}
