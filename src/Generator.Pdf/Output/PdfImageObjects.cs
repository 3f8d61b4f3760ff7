using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Generator.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Generator.Pdf.Output;

/// <summary>Writes a PNG (seal, letterhead) as an image XObject into a <see cref="PdfObjectStream"/>: PDFsharp decodes the
/// PNG into its image dictionary and samples (with the alpha channel as a soft mask); the dictionary is copied entry by
/// entry and the samples are compressed with zlib, as every stream Generator writes.</summary>
/// <remarks>The encoded image is kept per PNG (by its hash), so a batch of sealed letters decodes and compresses the seal
/// once, not once per letter. Thread-safe.</remarks>
internal static class PdfImageObjects
{
    /// <summary>More distinct images than a run has (a seal and a letterhead); a long-lived studio starts over past it.</summary>
    private const int MaxCached = 16;

    private static readonly ConcurrentDictionary<string, Lazy<EncodedStream>> Cache = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="png"/> and returns the image's object number.</summary>
    public static int Write(PdfObjectStream file, PngImage png)
    {
        if (Cache.Count >= MaxCached) Cache.Clear();
        return Write(file, Cache.GetOrAdd(png.Hash, _ => new Lazy<EncodedStream>(() => Encode(png))).Value);
    }

    /// <summary>A stream object ready to write: its entries but /Length, its compressed data, and the streams it refers to
    /// (the soft mask) by key.</summary>
    private sealed record EncodedStream(string Entries, byte[] Data, IReadOnlyList<(string Key, EncodedStream Stream)> References);

    private static int Write(PdfObjectStream file, EncodedStream image)
    {
        var entries = new StringBuilder(image.Entries);
        foreach (var (key, referenced) in image.References)
            entries.Append(CultureInfo.InvariantCulture, $"{key} {Write(file, referenced)} 0 R");
        entries.Append("/Filter/FlateDecode");
        var number = file.Reserve();
        file.Stream(number, Encoding.ASCII.GetBytes(entries.ToString()), image.Data);
        return number;
    }

    private static EncodedStream Encode(PngImage png)
    {
        using var scratch = new PdfDocument();
        scratch.Options.NoCompression = true;
        return Encode(new PdfImage(scratch, XImage.FromStream(new MemoryStream([.. png.Bytes], writable: false))));
    }

    private static EncodedStream Encode(PdfDictionary dictionary)
    {
        var entries = new StringBuilder();
        var references = new List<(string, EncodedStream)>();
        foreach (var key in dictionary.Elements.Keys.Order(StringComparer.Ordinal))
        {
            if (key is "/Length" or "/Filter" or "/DecodeParms") continue;
            var item = dictionary.Elements[key];
            if (item is PdfReference { Value: PdfDictionary { Stream: not null } stream })
            {
                references.Add((key, Encode(stream)));
                continue;
            }
            entries.Append(key);
            Append(entries, item);
        }
        return new EncodedStream(entries.ToString(), ZlibDeflate.Compress(dictionary.Stream?.UnfilteredValue ?? []), references);
    }

    private static void Append(StringBuilder text, PdfItem? item)
    {
        switch (item)
        {
            case PdfReference reference when reference.Value is not PdfDictionary { Stream: not null }:
                Append(text, reference.Value);
                break;
            case PdfBoolean boolean:
                text.Append(boolean.Value ? " true" : " false");
                break;
            case PdfName or PdfInteger or PdfLiteral:
                text.Append(' ').Append(item.ToString());
                break;
            case PdfReal real:
                text.Append(' ').Append(real.Value.ToString("0.######", CultureInfo.InvariantCulture));
                break;
            case PdfString s:
                text.Append('<').Append(Convert.ToHexString(Encoding.Latin1.GetBytes(s.Value))).Append('>');
                break;
            case PdfArray array:
                text.Append('[');
                foreach (var element in array.Elements) Append(text, element);
                text.Append(']');
                break;
            case PdfDictionary dictionary:
                text.Append("<<");
                foreach (var key in dictionary.Elements.Keys.Order(StringComparer.Ordinal))
                {
                    text.Append(key);
                    Append(text, dictionary.Elements[key]);
                }
                text.Append(">>");
                break;
            default:
                throw new NotSupportedException($"PDF image entry of type {item?.GetType().Name ?? "null"}");
        }
    }
}
