using System.Globalization;
using System.Text;
using System.Xml;
using Generator.Model;

namespace Generator.Docx.Packaging;

/// <summary>
/// docProps/core.xml: title, subject, author, language and created/modified = <see cref="DocumentMetadata.Timestamp"/>.
/// Written by hand because the packaging library's own core-properties part has a random name.
/// </summary>
internal static class CorePropertiesWriter
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(DocumentMetadata metadata, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, metadata.Title);
        xml.WriteElementString("dc", "subject", Dc, metadata.Subject);
        xml.WriteElementString("dc", "creator", Dc, metadata.Author);
        xml.WriteElementString("cp", "lastModifiedBy", Cp, metadata.Author);
        xml.WriteElementString("cp", "revision", Cp, "1");
        var time = Format(metadata.Timestamp);
        WriteDate(xml, "created", time);
        WriteDate(xml, "modified", time);
        xml.WriteElementString("dc", "language", Dc, string.IsNullOrEmpty(metadata.Language) ? "ja-JP" : metadata.Language);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>W3CDTF in UTC, e.g. 2018-06-29T00:00:00Z.</summary>
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteDate(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dcterms", name, DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
