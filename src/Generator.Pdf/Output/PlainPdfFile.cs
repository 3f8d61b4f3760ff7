using System.Buffers.Text;

namespace Generator.Pdf.Output;

/// <summary>The objects of a PDF that PDFsharp 6.2.4 saved without compression: a classic cross-reference table and each
/// object as <c>N 0 obj\n…\nendobj\n</c>, one after another — as every PDF Generator writes, too. Read by
/// <see cref="ImportedPages"/>, which has PDFsharp save any other PDF first.</summary>
internal readonly ref struct PlainPdfFile
{
    private PlainPdfFile(ReadOnlySpan<byte> pdf, List<(int Number, int Offset, int End)> objects, int xrefAt, int trailerAt, int trailerEnd, int size)
    {
        Bytes = pdf;
        Objects = objects;
        XrefAt = xrefAt;
        TrailerAt = trailerAt;
        TrailerEnd = trailerEnd;
        Size = size;
    }

    /// <summary>The whole file.</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Each object's number and byte range (<c>N 0 obj</c> up to the next object or the xref), in file order.</summary>
    public List<(int Number, int Offset, int End)> Objects { get; }

    /// <summary>Where the cross-reference table starts.</summary>
    public int XrefAt { get; }

    /// <summary>Where the trailer (<c>trailer</c>) starts.</summary>
    public int TrailerAt { get; }

    /// <summary>Where the trailer ends (<c>startxref</c>).</summary>
    public int TrailerEnd { get; }

    /// <summary>The table's size (highest object number + 1).</summary>
    public int Size { get; }

    /// <summary>The trailer's text.</summary>
    public ReadOnlySpan<byte> Trailer => Bytes[TrailerAt..TrailerEnd];

    /// <summary>Reads the layout of <paramref name="pdf"/>.</summary>
    /// <exception cref="InvalidDataException">It is not in PDFsharp's plain layout.</exception>
    public static PlainPdfFile Read(ReadOnlySpan<byte> pdf)
    {
        var startXrefAt = pdf.LastIndexOf("startxref"u8);
        if (startXrefAt < 0) throw new InvalidDataException("PDFsharp output without startxref.");
        var xrefAt = ParseInt(pdf[(startXrefAt + "startxref".Length)..]);
        var xref = pdf[xrefAt..];
        if (!xref.StartsWith("xref\n0 "u8)) throw new InvalidDataException("PDFsharp output without a classic xref table.");
        var count = ParseInt(xref["xref\n0 ".Length..]);
        var entriesAt = xref.IndexOf((byte)'\n') + 1;
        entriesAt += xref[entriesAt..].IndexOf((byte)'\n') + 1;
        var entries = new List<(int Number, int Offset)>(count);
        for (var n = 0; n < count; n++)
        {
            var entry = xref.Slice(entriesAt + n * 20, 20);
            if (entry[17] == (byte)'n') entries.Add((n, ParseInt(entry)));
        }
        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new List<(int, int, int)>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
            objects.Add((entries[i].Number, entries[i].Offset, i + 1 < entries.Count ? entries[i + 1].Offset : xrefAt));
        var trailerAt = xrefAt + xref.IndexOf("trailer"u8);
        var trailerEnd = trailerAt + pdf[trailerAt..].IndexOf("startxref"u8);
        return new PlainPdfFile(pdf, objects, xrefAt, trailerAt, trailerEnd, count);
    }

    /// <summary>The integer at the start of <paramref name="text"/>, after blanks.</summary>
    public static int ParseInt(ReadOnlySpan<byte> text)
    {
        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\n' or (byte)'\r') start++;
        if (!Utf8Parser.TryParse(text[start..], out int value, out _)) throw new InvalidDataException("Malformed number in PDFsharp output.");
        return value;
    }
}
