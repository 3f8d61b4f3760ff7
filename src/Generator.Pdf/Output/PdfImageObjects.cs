using System.Globalization;
using System.IO.Compression;
using System.Text;
using Generator.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Generator.Pdf.Output;

/// <summary>Writes a PNG (seal, letterhead) as an image XObject into a <see cref="PdfObjectStream"/>: PDFsharp decodes the
/// PNG into its image dictionary and samples (with the alpha channel as a soft mask); the dictionary is copied entry by
/// entry and the samples are compressed with zlib, as every stream Generator writes.</summary>
internal static class PdfImageObjects
{
    /// <summary>Writes <paramref name="png"/> and returns the image's object number.</summary>
    public static int Write(PdfObjectStream file, PngImage png)
    {
        using var scratch = new PdfDocument();
        scratch.Options.NoCompression = true;
        var image = new PdfImage(scratch, XImage.FromStream(new MemoryStream([.. png.Bytes], writable: false)));
        return WriteStream(file, image);
    }

    private static int WriteStream(PdfObjectStream file, PdfDictionary dictionary)
    {
        var entries = new StringBuilder();
        foreach (var key in dictionary.Elements.Keys.Order(StringComparer.Ordinal))
        {
            if (key is "/Length" or "/Filter" or "/DecodeParms") continue;
            entries.Append(key);
            Append(entries, dictionary.Elements[key], file);
        }
        entries.Append("/Filter/FlateDecode");
        var samples = dictionary.Stream?.UnfilteredValue ?? [];
        var number = file.Reserve();
        file.Stream(number, Encoding.ASCII.GetBytes(entries.ToString()), PdfFileRewriter.Deflate(samples));
        return number;
    }

    private static void Append(StringBuilder text, PdfItem? item, PdfObjectStream file)
    {
        switch (item)
        {
            case PdfReference reference when reference.Value is PdfDictionary { Stream: not null } stream:
                text.Append(CultureInfo.InvariantCulture, $" {WriteStream(file, stream)} 0 R");
                break;
            case PdfReference reference:
                Append(text, reference.Value, file);
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
                foreach (var element in array.Elements) Append(text, element, file);
                text.Append(']');
                break;
            case PdfDictionary dictionary:
                text.Append("<<");
                foreach (var key in dictionary.Elements.Keys.Order(StringComparer.Ordinal))
                {
                    text.Append(key);
                    Append(text, dictionary.Elements[key], file);
                }
                text.Append(">>");
                break;
            default:
                throw new NotSupportedException($"PDF image entry of type {item?.GetType().Name ?? "null"}");
        }
    }
}
