using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Blocks;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using Document = Generator.Model.Document;

namespace Generator.Docx.Packaging;

/// <summary>Fills a new Word package: parts with fixed relationship ids (the library would otherwise make random ones).</summary>
internal static class PackageBuilder
{
    public const string MainDocumentId = "rId1";
    public const string CorePropertiesId = "rId2";
    public const string StylesId = "rId1";
    public const string SettingsId = "rId2";
    public const string FontTableId = "rId3";
    public const string FooterId = "rId4";

    public static void Build(WordprocessingDocument package, Document document, DocxGeometry geometry)
    {
        var main = package.AddNewPart<MainDocumentPart>(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MainDocumentId);

        var core = package.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId);
        using (var stream = core.GetStream(FileMode.Create)) CorePropertiesWriter.Write(document.Metadata, stream);

        main.AddNewPart<StyleDefinitionsPart>(StylesId).Styles = StyleSheetBuilder.Build(document, geometry);
        main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = SettingsBuilder.Build(geometry, document.Metadata.Language);
        main.AddNewPart<FontTablePart>(FontTableId).Fonts = FontTableBuilder.Build(geometry.Options);
        main.AddNewPart<FooterPart>(FooterId).Footer = FooterBuilder.Build();

        var body = new Body();
        body.Append(BodyBuilder.Build(document, new BlockRenderContext(geometry)));
        body.Append(SectionPropertiesBuilder.Build(geometry, FooterId));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }
}
