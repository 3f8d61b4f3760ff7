namespace Generator.IO;

/// <summary>One reusable memory stream per thread, for the per-document buffers of a batch: thousands of documents
/// then do not each allocate (and leave on the large-object heap) a buffer of their own.</summary>
public static class ScratchBuffer
{
    [ThreadStatic]
    private static MemoryStream? cached;

    /// <summary>This thread's buffer, emptied. Do not dispose it, and do not hold it across another call to <see cref="Rent"/>.</summary>
    public static MemoryStream Rent()
    {
        var stream = cached ??= new MemoryStream(256 * 1024);
        stream.SetLength(0);
        return stream;
    }
}
