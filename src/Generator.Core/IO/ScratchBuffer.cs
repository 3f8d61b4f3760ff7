namespace Generator.IO;

/// <summary>A reusable memory stream per thread, for the per-document buffers of a batch: thousands of documents then do
/// not each allocate (and leave on the large-object heap) a buffer of their own.</summary>
/// <remarks>Each user holds its own instance (a static field of its own), so two users on one thread — the batch's
/// output buffer and a writer's internal buffer — never share a stream.</remarks>
public sealed class ScratchBuffer
{
    private readonly ThreadLocal<MemoryStream> streams = new(() => new MemoryStream(256 * 1024));

    /// <summary>This thread's buffer of this instance, emptied. Do not dispose it or hold it across another <see cref="Rent"/> of the same instance.</summary>
    public MemoryStream Rent()
    {
        var stream = streams.Value!;
        stream.SetLength(0);
        return stream;
    }
}
