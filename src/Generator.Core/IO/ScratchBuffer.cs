namespace Generator.IO;

/// <summary>A reusable memory stream per thread, for the per-document buffers of a batch: thousands of documents then do
/// not each allocate (and leave on the large-object heap) a buffer of their own.</summary>
/// <remarks>Each user holds its own instance (a static field of its own), so two users on one thread — the batch's
/// output buffer and a writer's internal buffer — never share a stream. The stream stays usable when a writer closes it
/// after writing (the Open XML SDK closes the stream it saves a part to).</remarks>
/// <param name="initialCapacity">Bytes each thread's stream starts with.</param>
/// <param name="keptCapacity">A stream grown beyond this (a very long document) is replaced by a new one at the next
/// <see cref="Rent"/> instead of being kept by the thread.</param>
public sealed class ScratchBuffer(int initialCapacity = 256 * 1024, int keptCapacity = int.MaxValue)
{
    private readonly ThreadLocal<MemoryStream> streams = new(() => new KeptOpenStream(initialCapacity));

    /// <summary>This thread's buffer of this instance, emptied. Do not hold it across another <see cref="Rent"/> of the same instance.</summary>
    public MemoryStream Rent()
    {
        var stream = streams.Value!;
        if (stream.Capacity > keptCapacity) streams.Value = stream = new KeptOpenStream(initialCapacity);
        stream.SetLength(0);
        return stream;
    }

    /// <summary>A memory stream that disposing leaves open, to be rented again.</summary>
    private sealed class KeptOpenStream(int capacity) : MemoryStream(capacity)
    {
        protected override void Dispose(bool disposing)
        {
            // kept open: the next Rent empties it
        }
    }
}
