using System.Globalization;
using System.Security;
using System.Text;
using Generator.Model;
using Generator.Pdf.Drawing;
using Generator.Pdf.Output;

namespace Generator.Pdf.Metadata;

/// <summary>The metadata of a PDF written object by object: the information dictionary and an XMP packet with the same
/// title, author, subject, creator, dates and content-derived identifiers.</summary>
internal static class StreamedMetadata
{
    /// <summary>The creator and producer recorded in the information dictionary and the XMP.</summary>
    public const string Creator = "Generator";

    /// <summary>Writes the information dictionary and returns its object number.</summary>
    public static int WriteInfo(PdfObjectStream file, DocumentMetadata metadata)
    {
        var date = Date(metadata);
        var text = new PdfContentBuilder(512); // one dictionary of a few hundred bytes
        text.Raw("<</Title"u8).Raw(TextString(metadata.Title)).Raw("/Author"u8).Raw(TextString(metadata.Author))
            .Raw("/Subject"u8).Raw(TextString(metadata.Subject)).Raw("/Creator"u8).Raw(TextString(Creator))
            .Raw("/Producer"u8).Raw(TextString(Creator))
            .Raw("/CreationDate("u8).Raw(Encoding.ASCII.GetBytes(date)).Raw(")/ModDate("u8).Raw(Encoding.ASCII.GetBytes(date)).Raw(")>>"u8);
        var number = file.Reserve();
        file.Object(number, text.Written);
        return number;
    }

    /// <summary>Writes the XMP metadata stream (uncompressed, as readers expect) and returns its object number.</summary>
    public static int WriteXmp(PdfObjectStream file, DocumentMetadata metadata, DeterministicIdentifiers ids)
    {
        var iso = metadata.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xmp = $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{Creator}</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{SecurityElement.Escape(metadata.Title)}</rdf:li></rdf:Alt></dc:title>
                  <dc:creator><rdf:Seq><rdf:li>{SecurityElement.Escape(metadata.Author)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{SecurityElement.Escape(metadata.Subject)}</rdf:li></rdf:Alt></dc:description>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>{Creator}</xmp:CreatorTool>
                  <xmp:CreateDate>{iso}</xmp:CreateDate>
                  <xmp:ModifyDate>{iso}</xmp:ModifyDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                  <xmpMM:DocumentID>uuid:{ids.Uuid("xmp0")}</xmpMM:DocumentID>
                  <xmpMM:InstanceID>uuid:{ids.Uuid("xmp1")}</xmpMM:InstanceID>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """;
        var number = file.Reserve();
        file.Stream(number, "/Type/Metadata/Subtype/XML"u8, Encoding.UTF8.GetBytes(xmp.ReplaceLineEndings("\n")));
        return number;
    }

    /// <summary>A PDF date (D:YYYYMMDDHHmmSSZ) of the document's timestamp in UTC.</summary>
    private static string Date(DocumentMetadata metadata) =>
        metadata.Timestamp.UtcDateTime.ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, as hex.</summary>
    private static byte[] TextString(string? value) =>
        Encoding.ASCII.GetBytes("<FEFF" + Generator.IO.Hex.Upper(Encoding.BigEndianUnicode.GetBytes(value ?? "")) + ">");
}
