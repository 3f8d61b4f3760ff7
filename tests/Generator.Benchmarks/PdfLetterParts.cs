using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Pdf;

namespace Generator.Benchmarks;

/// <summary>What a PDF letter's bytes are made of (<c>-- parts pdf</c>): each stream by kind (font program, ToUnicode,
/// CIDToGIDMap, content, image, XMP) stored and decoded, the /W arrays, the other objects and the cross-reference table,
/// and the font program's tables (raw, and deflated alone to show their share).</summary>
internal static partial class PdfLetterParts
{
    /// <summary>Writes the forwarding-notice letter and the circular and prints their parts.</summary>
    public static void Run()
    {
        var writer = new PdfWriter();
        foreach (var (name, document) in new[] { ("letter", BenchmarkDocuments.Letter()), ("circular", BenchmarkDocuments.Circular()) })
        {
            using var output = new MemoryStream();
            writer.Write(document, output);
            Print(name, output.ToArray());
        }
    }

    private static void Print(string name, byte[] pdf)
    {
        var parts = new SortedDictionary<string, (int Count, long Stored, long Decoded)>(StringComparer.Ordinal);
        foreach (var (kind, stored, decoded) in Objects(pdf))
        {
            var (c, s, d) = parts.GetValueOrDefault(kind);
            parts[kind] = (c + 1, s + stored, d + decoded.Length);
            if (kind == FontProgram) PrintTables(decoded);
        }
        parts["header, xref, trailer"] = (1, pdf.Length - parts.Values.Sum(p => p.Stored), 0);
        Console.WriteLine($"{name}: {pdf.Length} bytes ({pdf.Length / 1024.0:0.0} KiB)");
        foreach (var (kind, (count, stored, decoded)) in parts)
            Console.WriteLine($"  {kind,-30} {count,3}× stored {stored,7} bytes ({100.0 * stored / pdf.Length,4:0.0} %), decoded {decoded,7}");
    }

    /// <summary>Kind of the font program streams.</summary>
    public const string FontProgram = "font program (FontFile2)";

    /// <summary>Kind of the pages' content streams.</summary>
    public const string Content = "content streams";

    /// <summary>The objects of <paramref name="pdf"/> (as this project writes them): kind, bytes in the file, data decoded
    /// (a stream's, or the object's text); a CIDFontType2's /W array is an object of its own kind, cut out of its dictionary.</summary>
    public static IEnumerable<(string Kind, int Stored, byte[] Decoded)> Objects(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in ObjectPattern().Matches(text))
        {
            var body = m.Groups[2].Value;
            var stream = StreamPattern().Match(body);
            if (!stream.Success)
            {
                var widths = WidthPattern().Match(body);
                if (widths.Success) yield return ("/W arrays (in CIDFontType2)", widths.Length, Encoding.Latin1.GetBytes(widths.Value));
                yield return ("other objects", m.Length - (widths.Success ? widths.Length : 0), Encoding.Latin1.GetBytes(body));
                continue;
            }
            var dictionary = stream.Groups[1].Value;
            var length = int.Parse(LengthPattern().Match(dictionary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var data = pdf.AsSpan(m.Groups[2].Index + stream.Length, length).ToArray();
            var decoded = dictionary.Contains("/FlateDecode", StringComparison.Ordinal) && !dictionary.Contains("/Subtype/Image", StringComparison.Ordinal)
                ? Inflate(data) : data;
            var kind = dictionary switch
            {
                _ when dictionary.Contains("/Length1", StringComparison.Ordinal) => FontProgram,
                _ when dictionary.Contains("/Subtype/Image", StringComparison.Ordinal) => "image",
                _ when dictionary.Contains("/Type/Metadata", StringComparison.Ordinal) => "XMP metadata",
                _ when decoded.AsSpan().StartsWith("/CIDInit"u8) => "ToUnicode CMap",
                _ when text.Contains($"/CIDToGIDMap {m.Groups[1].Value} 0 R", StringComparison.Ordinal) => "CIDToGIDMap",
                _ => Content,
            };
            yield return (kind, m.Length, decoded);
        }
    }

    private static void PrintTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var line = new StringBuilder("    tables (raw / deflated alone):");
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            line.Append($" {tag.Trim()} {length}/{Generator.Pdf.Output.ZlibDeflate.Compress(font.AsSpan(offset, length)).Length}");
        }
        if (font.Length > 54) line.Append($"; glyphs {BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(TableOffset(font, "maxp") + 4))}");
        Console.WriteLine(line);
    }

    private static int TableOffset(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
            if (Encoding.ASCII.GetString(font, 12 + i * 16, 4) == tag) return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + i * 16 + 8));
        return 0;
    }

    /// <summary>Decompresses a zlib stream.</summary>
    internal static byte[] Inflate(byte[] data)
    {
        using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"(\d+) 0 obj\n(.*?)\nendobj\n", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"\A(<<.*?>>)\nstream\n", RegexOptions.Singleline)]
    private static partial Regex StreamPattern();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"/W\[.*?\]\]")]
    private static partial Regex WidthPattern();
}
