using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Generator.Pdf.Output;

/// <summary>Copies the pages of a finished PDF (a recipient's letter with its 別添, or a 別添 as received) into a streamed
/// file (<see cref="PdfObjectStream"/>): the pages, their contents, fonts and images are written at once with new object
/// numbers, so a print bundle of any size holds one part at a time. Pages keep their own size and rotation.</summary>
/// <remarks>The part is first imported and saved by PDFsharp without compression (as <see cref="PdfPageImport"/> does, so
/// inherited page attributes are resolved and the layout is plain); its catalog, page tree, information dictionary and
/// XMP are left out — references to the page tree point at the bundle's, others to them become <c>null</c>.
/// Streams without a filter are compressed as every stream Generator writes.</remarks>
internal static class ImportedPages
{
    private static readonly byte[] StreamMarker = ">>\nstream\n"u8.ToArray();

    /// <summary>Writes the pages of <paramref name="pdf"/> into <paramref name="file"/> as children of
    /// <paramref name="pageTree"/>; returns their object numbers in page order. A stream naming no other object that
    /// <paramref name="shared"/> holds already (from an earlier part) is not written again but referred to.</summary>
    /// <exception cref="InvalidDataException">The part is not a PDF PDFsharp can import.</exception>
    public static List<int> Copy(byte[] pdf, PdfObjectStream file, int pageTree, SharedStreams shared)
    {
        // a file in the plain layout whose page tree holds no inherited attributes (every PDF Generator writes) is read
        // as it is; any other is first imported and saved by PDFsharp, which resolves what pages inherit
        if (TryPlan(pdf, out var plan)) return Write(pdf, plan, file, pageTree, shared);
        using var saved = new MemoryStream();
        PdfPageImport.SavePlain(pdf, saved);
        var bytes = saved.GetBuffer().AsSpan(0, (int)saved.Length);
        if (!TryPlan(bytes, out plan)) throw new InvalidDataException("the PDF could not be copied after PDFsharp saved it");
        return Write(bytes, plan, file, pageTree, shared);
    }

    /// <summary>What to copy: every object but those <see cref="Left"/> out and the page tree's nodes, then the pages in order.</summary>
    private sealed record Plan(List<(int Number, int Offset, int End)> Objects, int Size, HashSet<int> Left, HashSet<int> PageTreeNodes, List<int> Pages);

    private static bool TryPlan(ReadOnlySpan<byte> pdf, out Plan plan)
    {
        plan = null!;
        try
        {
            var plain = PlainPdfFile.Read(pdf);
            var bodies = new Dictionary<int, (int Offset, int End)>(plain.Objects.Count);
            foreach (var (number, offset, end) in plain.Objects)
            {
                if (!pdf[offset..end].StartsWith(Encoding.ASCII.GetBytes($"{number} 0 obj"))) return false;
                if (pdf[offset..end].IndexOf(StreamMarker) >= 0 && !StreamIsWhole(pdf[offset..end])) return false;
                bodies[number] = (offset, end);
            }
            var root = ReferenceAfter(plain.Trailer, "/Root"u8);
            var catalog = Body(plain, bodies, root);
            var pages = new List<int>();
            var nodes = new HashSet<int>();
            CollectPages(plain, bodies, ReferenceAfter(catalog, "/Pages"u8), pages, nodes, depth: 0);
            if (pages.Count == 0) return false;
            var left = new HashSet<int> { root, ReferenceAfter(plain.Trailer, "/Info"u8), ReferenceAfter(catalog, "/Metadata"u8) };
            plan = new Plan(plain.Objects, plain.Size, left, nodes, pages);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static List<int> Write(ReadOnlySpan<byte> pdf, Plan plan, PdfObjectStream file, int pageTree, SharedStreams shared)
    {
        // references to the page tree's nodes point at the bundle's; the catalog, information dictionary and XMP are left
        // out; a stream the bundle holds already is referred to, not written again
        var map = new int[plan.Size];
        var written = new HashSet<int>();
        var keys = new Dictionary<int, string>();
        foreach (var (number, offset, end) in plan.Objects)
        {
            if (plan.Left.Contains(number)) continue;
            if (plan.PageTreeNodes.Contains(number))
            {
                map[number] = pageTree;
                continue;
            }
            if (SharableBody(pdf[offset..end]) is { } key)
            {
                if (shared.TryGet(key, out var existing))
                {
                    map[number] = existing;
                    continue;
                }
                keys[number] = key;
            }
            map[number] = file.Reserve();
            written.Add(number);
        }
        foreach (var (number, offset, end) in plan.Objects)
        {
            if (!written.Contains(number)) continue;
            WriteObject(file, map[number], pdf[offset..end], map);
            if (keys.TryGetValue(number, out var key)) shared.Add(key, map[number]);
        }
        return [.. plan.Pages.Select(n => map[n])];
    }

    /// <summary>The sharing key of a stream object whose dictionary names no other object; null for any other object.</summary>
    private static string? SharableBody(ReadOnlySpan<byte> bytes)
    {
        var marker = bytes.IndexOf(StreamMarker);
        if (marker < 0) return null;
        var bodyStart = bytes.IndexOf("obj"u8) + "obj".Length;
        if (References(bytes[bodyStart..marker]).Count > 0) return null;
        return SharedStreams.KeyOf(bytes[bodyStart..]);
    }

    /// <summary>Whether a stream object's /Length is a number and its data is followed by <c>endstream</c>.</summary>
    private static bool StreamIsWhole(ReadOnlySpan<byte> bytes)
    {
        var marker = bytes.IndexOf(StreamMarker);
        var lengthAt = bytes[..marker].IndexOf("/Length "u8);
        if (lengthAt < 0) return false;
        var afterLength = bytes[(lengthAt + "/Length ".Length)..marker];
        var digits = 0;
        while (digits < afterLength.Length && char.IsAsciiDigit((char)afterLength[digits])) digits++;
        if (digits == 0 || (digits < afterLength.Length && afterLength[digits..].TrimStart(" "u8) is [>= (byte)'0' and <= (byte)'9', ..])) return false; // 5 0 R: an indirect length
        var dataEnd = marker + StreamMarker.Length + PlainPdfFile.ParseInt(afterLength);
        return dataEnd <= bytes.Length && bytes[dataEnd..].TrimStart("\r\n"u8).StartsWith("endstream"u8);
    }

    /// <summary>Collects the pages under <paramref name="node"/> in order; false (via an exception) for a tree node with
    /// attributes its pages inherit (/Resources, /MediaBox, /CropBox, /Rotate), which only PDFsharp's import resolves.</summary>
    private static void CollectPages(PlainPdfFile plain, Dictionary<int, (int Offset, int End)> bodies, int node, List<int> pages,
        HashSet<int> nodes, int depth)
    {
        if (depth > 32 || node == 0) throw new InvalidDataException("The page tree is too deep or missing.");
        var body = Body(plain, bodies, node);
        if (body.IndexOf("/Type/Pages"u8) < 0)
        {
            if (body.IndexOf("/Type/Page"u8) < 0) throw new InvalidDataException($"PDF object {node} is no page.");
            pages.Add(node);
            return;
        }
        if (body.IndexOf("/Resources"u8) >= 0 || body.IndexOf("/MediaBox"u8) >= 0 || body.IndexOf("/CropBox"u8) >= 0 || body.IndexOf("/Rotate"u8) >= 0)
            throw new InvalidDataException("The page tree holds attributes its pages inherit.");
        if (!nodes.Add(node)) throw new InvalidDataException("The page tree has a loop.");
        var kids = body[(body.IndexOf("/Kids"u8) + "/Kids".Length)..];
        kids = kids[(kids.IndexOf((byte)'[') + 1)..kids.IndexOf((byte)']')];
        foreach (var kid in References(kids)) CollectPages(plain, bodies, kid, pages, nodes, depth + 1);
    }

    private static ReadOnlySpan<byte> Body(PlainPdfFile plain, Dictionary<int, (int Offset, int End)> bodies, int number) =>
        bodies.TryGetValue(number, out var range) ? plain.Bytes[range.Offset..range.End]
            : throw new InvalidDataException($"PDF object {number} is missing.");

    /// <summary>The object number of the reference right after <paramref name="key"/> (e.g. <c>/Root 1 0 R</c>); 0 when absent.</summary>
    private static int ReferenceAfter(ReadOnlySpan<byte> text, ReadOnlySpan<byte> key)
    {
        var at = text.IndexOf(key);
        if (at < 0) return 0;
        var rest = text[(at + key.Length)..];
        foreach (var number in References(rest)) return number;
        return 0;
    }

    /// <summary>The object numbers of the references <c>N G R</c> in <paramref name="text"/>, in order.</summary>
    private static List<int> References(ReadOnlySpan<byte> text)
    {
        var found = new List<int>();
        Renumber(text, n => { found.Add(n); return n; }, null);
        return found;
    }

    private static void WriteObject(PdfObjectStream file, int number, ReadOnlySpan<byte> bytes, int[] map)
    {
        var bodyStart = bytes.IndexOf("obj"u8) + "obj".Length;
        var marker = bytes.IndexOf(StreamMarker);
        var renumbered = new MemoryStream(bytes.Length);
        int Map(int old) => old < map.Length ? map[old] : 0;
        if (marker < 0)
        {
            var end = bytes.LastIndexOf("endobj"u8);
            Renumber(bytes[bodyStart..end].Trim("\n "u8), Map, renumbered);
            file.Object(number, renumbered.GetBuffer().AsSpan(0, (int)renumbered.Length));
            return;
        }
        var dictionary = bytes[bodyStart..(marker + 2)].Trim("\n "u8);
        var lengthAt = dictionary.IndexOf("/Length "u8);
        var length = PlainPdfFile.ParseInt(dictionary[(lengthAt + "/Length ".Length)..]);
        var data = bytes.Slice(marker + StreamMarker.Length, length);
        // the dictionary without its outer brackets and its /Length (the stream writer adds it)
        var lengthEnd = lengthAt + "/Length ".Length;
        while (lengthEnd < dictionary.Length && char.IsAsciiDigit((char)dictionary[lengthEnd])) lengthEnd++;
        var entries = new MemoryStream();
        entries.Write(dictionary[2..lengthAt]);
        entries.Write(dictionary[lengthEnd..^2]);
        var filtered = dictionary.IndexOf("/Filter"u8) >= 0;
        if (!filtered) entries.Write("/Filter/FlateDecode"u8);
        Renumber(entries.GetBuffer().AsSpan(0, (int)entries.Length), Map, renumbered);
        file.Stream(number, renumbered.GetBuffer().AsSpan(0, (int)renumbered.Length), filtered ? data : ZlibDeflate.Compress(data));
    }

    /// <summary>Copies <paramref name="text"/> (PDF object syntax) to <paramref name="output"/> with each reference
    /// <c>N G R</c> replaced by <c>map(N) 0 R</c> (<c>null</c> when map gives 0); strings, names and comments are copied as they are.</summary>
    private static void Renumber(ReadOnlySpan<byte> text, Func<int, int> map, Stream? output)
    {
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == (byte)'(') i = SkipString(text, i);
            else if (c == (byte)'<' && i + 1 < text.Length && text[i + 1] == (byte)'<') i += 2;
            else if (c == (byte)'<') i = Math.Max(text[i..].IndexOf((byte)'>'), 0) + i + 1;
            else if (c == (byte)'%') i = SkipLine(text, i);
            else if (c == (byte)'/') i = SkipName(text, i + 1);
            else if (char.IsAsciiDigit((char)c) && (i == 0 || IsDelimiter(text[i - 1])) && TryReference(text, i, out var number, out var end))
            {
                output?.Write(text[copied..i]);
                var mapped = map(number);
                output?.Write(mapped > 0 ? Encoding.ASCII.GetBytes($"{mapped} 0 R") : "null"u8);
                copied = i = end;
            }
            else i++;
        }
        output?.Write(text[copied..]);
    }

    /// <summary>Whether an indirect reference <c>N G R</c> starts at <paramref name="start"/>.</summary>
    private static bool TryReference(ReadOnlySpan<byte> text, int start, out int number, out int end)
    {
        number = 0;
        end = start;
        var i = Digits(text, start, out var first);
        if (i == start || i >= text.Length || !IsWhite(text[i])) return false;
        while (i < text.Length && IsWhite(text[i])) i++;
        var afterGeneration = Digits(text, i, out _);
        if (afterGeneration == i || afterGeneration >= text.Length || !IsWhite(text[afterGeneration])) return false;
        i = afterGeneration;
        while (i < text.Length && IsWhite(text[i])) i++;
        if (i >= text.Length || text[i] != (byte)'R' || (i + 1 < text.Length && !IsDelimiter(text[i + 1]))) return false;
        number = first;
        end = i + 1;
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text, int i, out int value)
    {
        value = 0;
        while (i < text.Length && char.IsAsciiDigit((char)text[i]) && value < 100_000_000) value = value * 10 + (text[i++] - '0');
        return i;
    }

    private static int SkipString(ReadOnlySpan<byte> text, int i)
    {
        var depth = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'\\') i++;
            else if (c == (byte)'(') depth++;
            else if (c == (byte)')' && --depth == 0) return i + 1;
        }
        return i;
    }

    private static int SkipLine(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && text[i] is not ((byte)'\n' or (byte)'\r')) i++;
        return i;
    }

    private static int SkipName(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && !IsDelimiter(text[i])) i++;
        return i;
    }

    private static bool IsWhite(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte c) => IsWhite(c) || c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'['
        or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
