using System.Buffers;

namespace Generator.Pdf.Drawing;

/// <summary>Builds the bytes of a PDF content stream: operators and operands in ASCII, numbers in fixed point without
/// culture or allocation, glyph ids as 4-digit hex. The same calls always give the same bytes.</summary>
internal sealed class PdfContentBuilder
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    /// <summary>A builder whose buffer grew past this is not kept by its thread (<see cref="Return"/>).</summary>
    private const int KeptCapacity = 1024 * 1024;

    [ThreadStatic] private static PdfContentBuilder? spare;

    private readonly ArrayBufferWriter<byte> buffer;

    /// <summary>A builder whose buffer starts at <paramref name="capacity"/> bytes and grows as needed (16 KB: a page's
    /// content; a dictionary written once needs far less).</summary>
    public PdfContentBuilder(int capacity = 16 * 1024) => buffer = new ArrayBufferWriter<byte>(capacity);

    /// <summary>An empty builder for pages' content: the one this thread gave back last (<see cref="Return"/>), so every page
    /// drawn on a thread is written into the same memory, or a new one. Nothing else uses it until it is given back.</summary>
    public static PdfContentBuilder Rent()
    {
        var builder = spare ?? new PdfContentBuilder();
        spare = null;
        builder.Clear();
        return builder;
    }

    /// <summary>Gives <paramref name="builder"/> (from <see cref="Rent"/>) back to this thread, for the next page drawn on it.</summary>
    public static void Return(PdfContentBuilder builder)
    {
        if (builder.buffer.Capacity <= KeptCapacity) spare = builder;
    }

    /// <summary>How many bytes the buffer holds before it grows.</summary>
    public int Capacity => buffer.Capacity;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => buffer.WrittenSpan;

    /// <summary>Forgets what was written, keeping the memory.</summary>
    public void Clear() => buffer.ResetWrittenCount();

    /// <summary>Writes <paramref name="text"/> (ASCII operators, names, delimiters) as it is.</summary>
    public PdfContentBuilder Raw(ReadOnlySpan<byte> text)
    {
        buffer.Write(text);
        return this;
    }

    /// <summary>Writes one byte.</summary>
    public PdfContentBuilder Raw(byte b)
    {
        buffer.GetSpan(1)[0] = b;
        buffer.Advance(1);
        return this;
    }

    /// <summary>Writes <paramref name="value"/> and a space.</summary>
    public PdfContentBuilder Number(double value, int decimals = 4)
    {
        var span = buffer.GetSpan(32);
        var length = PdfNumberFormat.Format(value, decimals, span);
        span[length] = (byte)' ';
        buffer.Advance(length + 1);
        return this;
    }

    /// <summary>Writes a glyph id as four hex digits (inside a &lt;…&gt; string).</summary>
    public PdfContentBuilder Glyph(ushort glyph)
    {
        var span = buffer.GetSpan(4);
        span[0] = HexDigits[glyph >> 12];
        span[1] = HexDigits[(glyph >> 8) & 0xF];
        span[2] = HexDigits[(glyph >> 4) & 0xF];
        span[3] = HexDigits[glyph & 0xF];
        buffer.Advance(4);
        return this;
    }

    /// <summary>Writes a whole number and a space.</summary>
    public PdfContentBuilder Integer(int value) => Number(value, 0);
}
