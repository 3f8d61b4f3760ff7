using System.Buffers.Text;

namespace Generator.Pdf.Output;

/// <summary>Writes a PDF file object by object straight to a stream, never holding the file: each object's offset is
/// kept as a 64-bit number and the classic cross-reference table at the end has 10-digit offsets (files up to 9.3 GB).</summary>
/// <remarks>Objects may be written in any order; an object number is taken with <see cref="Reserve"/> before its object is
/// written, so a page can name its parent before the page tree exists. Used for print bundles of any size.</remarks>
internal sealed class PdfObjectStream
{
    private readonly Stream output;
    private readonly List<long> offsets = [0];
    private long position;

    /// <summary>A file on <paramref name="output"/>; its header (with a binary comment) is written with the first object,
    /// so nothing reaches the output before there is something to write.</summary>
    public PdfObjectStream(Stream output) => this.output = output;

    /// <summary>Bytes written so far.</summary>
    public long Position => position;

    /// <summary>Takes the next object number.</summary>
    public int Reserve()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    /// <summary>Writes object <paramref name="number"/>: <paramref name="body"/> is its text (a dictionary, an array …).</summary>
    public void Object(int number, ReadOnlySpan<byte> body)
    {
        Begin(number);
        Raw(body);
        Raw("\nendobj\n"u8);
    }

    /// <summary>Writes stream object <paramref name="number"/>: <paramref name="dictionary"/> holds the entries other than
    /// /Length (e.g. <c>/Filter/FlateDecode</c>), <paramref name="data"/> the stream's bytes as stored.</summary>
    public void Stream(int number, ReadOnlySpan<byte> dictionary, ReadOnlySpan<byte> data)
    {
        Begin(number);
        Raw("<<"u8);
        Raw(dictionary);
        Raw("/Length "u8);
        Integer(data.Length);
        Raw(">>\nstream\n"u8);
        Raw(data);
        Raw("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes the cross-reference table and trailer: <paramref name="root"/> the catalog, <paramref name="info"/>
    /// the information dictionary, <paramref name="id"/> the 16-byte file identifier. Every reserved object must be written.</summary>
    public void Finish(int root, int info, ReadOnlySpan<byte> id)
    {
        Header();
        var xref = position;
        Raw("xref\n0 "u8);
        Integer(offsets.Count);
        Raw("\n0000000000 65535 f \n"u8);
        Span<byte> entry = stackalloc byte[20];
        for (var n = 1; n < offsets.Count; n++)
        {
            if (offsets[n] < 0) throw new InvalidOperationException($"PDF object {n} was reserved but never written.");
            if (!Utf8Formatter.TryFormat(offsets[n], entry, out _, new System.Buffers.StandardFormat('D', 10)))
                throw new InvalidOperationException("A PDF offset does not fit in 10 digits.");
            " 00000 n \n"u8.CopyTo(entry[10..]);
            Raw(entry);
        }
        Raw("trailer\n<</Size "u8);
        Integer(offsets.Count);
        Raw("/Root "u8);
        Reference(root);
        Raw("/Info "u8);
        Reference(info);
        Raw("/ID["u8);
        Hex(id);
        Hex(id);
        Raw("]>>\nstartxref\n"u8);
        Integer(xref);
        Raw("\n%%EOF\n"u8);
    }

    private void Begin(int number)
    {
        if (offsets[number] >= 0) throw new InvalidOperationException($"PDF object {number} written twice.");
        Header();
        offsets[number] = position;
        Integer(number);
        Raw(" 0 obj\n"u8);
    }

    private void Reference(int number)
    {
        Integer(number);
        Raw(" 0 R"u8);
    }

    private void Hex(ReadOnlySpan<byte> bytes)
    {
        Raw("<"u8);
        Raw(System.Text.Encoding.ASCII.GetBytes(Generator.IO.Hex.Upper(bytes)));
        Raw(">"u8);
    }

    private void Integer(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var length);
        Raw(digits[..length]);
    }

    private void Header()
    {
        if (position == 0) Raw("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        position += bytes.Length;
    }
}
