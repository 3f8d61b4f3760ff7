using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Pdf.Output;

/// <summary>Second pass over a file PDFsharp 6.2.4 saved without compression: compresses every stream with zlib (PDFsharp's own
/// Flate output makes <c>qpdf --check</c> warn), lets a callback replace stream data (font program, XMP), and rewrites the
/// cross-reference table with the new offsets.</summary>
/// <remarks>Relies on PDFsharp's plain layout: <c>N 0 obj\n&lt;&lt;…&gt;&gt;\nstream\n…\nendstream\nendobj\n</c> and a classic xref table.</remarks>
internal static partial class PdfFileRewriter
{
    /// <summary>Called for each stream with its dictionary text and data; returns the dictionary and data to keep.</summary>
    public delegate (string Dictionary, byte[] Data) StreamTransform(string dictionary, byte[] data);

    /// <summary>Rewrites <paramref name="pdf"/>; <paramref name="transform"/> sees every stream before it is compressed.</summary>
    public static byte[] Rewrite(ReadOnlySpan<byte> pdf, StreamTransform transform)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = int.Parse(StartXrefPattern().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var xref = XrefPattern().Match(text, startXref);
        if (!xref.Success) throw new InvalidDataException("PDFsharp output without a classic xref table.");
        var count = int.Parse(xref.Groups[2].Value, CultureInfo.InvariantCulture);
        var entries = new List<(int Number, int Offset)>();
        var at = xref.Index + xref.Length;
        for (var n = 0; n < count; n++, at += 20)
        {
            if (text[at + 17] == 'n') entries.Add((n, int.Parse(text.AsSpan(at, 10), CultureInfo.InvariantCulture)));
        }
        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var trailerStart = text.IndexOf("trailer", xref.Index, StringComparison.Ordinal);
        var trailerEnd = text.IndexOf("startxref", trailerStart, StringComparison.Ordinal);

        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf[..entries[0].Offset]);
        var offsets = new Dictionary<int, long>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (number, offset) = entries[i];
            var end = i + 1 < entries.Count ? entries[i + 1].Offset : xref.Index;
            offsets[number] = output.Position;
            WriteObject(output, pdf[offset..end], text.AsSpan(offset, end - offset), transform);
        }

        var xrefOffset = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {count}\n0000000000 65535 f \n");
        for (var n = 1; n < count; n++)
            table.Append(offsets.TryGetValue(n, out var o) ? string.Create(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n") : "0000000000 00000 f \n");
        table.Append(text, trailerStart, trailerEnd - trailerStart);
        table.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static void WriteObject(Stream output, ReadOnlySpan<byte> bytes, ReadOnlySpan<char> chars, StreamTransform transform)
    {
        var marker = chars.IndexOf(">>\nstream\n", StringComparison.Ordinal);
        if (marker < 0)
        {
            output.Write(bytes);
            return;
        }
        var dictStart = chars.IndexOf("<<", StringComparison.Ordinal);
        var header = bytes[..dictStart];
        var dictionary = chars[dictStart..(marker + 2)].ToString();
        var length = int.Parse(LengthPattern().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var dataStart = marker + ">>\nstream\n".Length;
        byte[] data;
        (dictionary, data) = transform(dictionary, bytes.Slice(dataStart, length).ToArray());

        var compress = !dictionary.Contains("/Filter", StringComparison.Ordinal) && !dictionary.Contains("/Type/Metadata", StringComparison.Ordinal);
        if (compress)
        {
            data = Deflate(data);
            dictionary = dictionary[..^2] + "/Filter/FlateDecode>>";
        }
        dictionary = LengthPattern().Replace(dictionary, "/Length " + data.Length.ToString(CultureInfo.InvariantCulture), 1);
        output.Write(header);
        output.Write(Encoding.Latin1.GetBytes(dictionary));
        output.Write("\nstream\n"u8);
        output.Write(data);
        output.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>zlib (RFC 1950) at the smallest size: deterministic for the same input.</summary>
    internal static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(bytes);
        return output.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"xref\s+(\d+) (\d+)\s*\n")]
    private static partial Regex XrefPattern();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthPattern();
}
