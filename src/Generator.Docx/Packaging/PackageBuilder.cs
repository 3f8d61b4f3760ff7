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
    public const string FirstHeaderId = "rId5";
    public const string FirstFooterId = "rId6";
    public const string SealImageId = "rId7";

    /// <summary>Fills <paramref name="package"/>; <paramref name="fallback"/> (null: none) names the MJ文字 font on runs of
    /// characters the body font lacks, in the body and the letterhead.</summary>
    public static void Build(WordprocessingDocument package, Document document, DocxGeometry geometry, FallbackFontRuns? fallback = null)
    {
        var main = package.AddNewPart<MainDocumentPart>(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MainDocumentId);

        var core = package.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId);
        using (var stream = core.GetStream(FileMode.Create)) CorePropertiesWriter.Write(document.Metadata, stream);

        main.AddNewPart<StyleDefinitionsPart>(StylesId).Styles = StyleSheetBuilder.Build(document, geometry);
        main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = SettingsBuilder.Build(geometry, document.Metadata.Language);
        main.AddNewPart<FontTablePart>(FontTableId).Fonts = FontTableBuilder.Build(geometry.Options);
        var style = geometry.Options;
        var footer = style.PageNumbers == Generator.Layout.PageNumberFormat.None ? null : FooterId;
        if (footer is not null) main.AddNewPart<FooterPart>(FooterId).Footer = FooterBuilder.Build(style.PageNumbers);
        string? firstHeader = null;
        if (style.Letterhead is { } letterhead)
        {
            // a letterhead on page 1 only: a first-page header, and the first page's own copy of the footer
            var header = main.AddNewPart<HeaderPart>(FirstHeaderId);
            var letterheadHeader = LetterheadBuilder.Build(header, letterhead, geometry);
            fallback?.Apply(letterheadHeader);
            header.Header = letterheadHeader;
            firstHeader = FirstHeaderId;
            if (footer is not null) main.AddNewPart<FooterPart>(FirstFooterId).Footer = FooterBuilder.Build(style.PageNumbers);
        }
        string? seal = null;
        if (style.Seal is { } sealImage)
        {
            using var stream = new MemoryStream([.. sealImage.Image.Bytes], writable: false);
            main.AddImagePart(ImagePartType.Png, SealImageId).FeedData(stream);
            seal = SealImageId;
        }

        var body = new Body();
        body.Append(BodyBuilder.Build(document, new BlockRenderContext(geometry, seal)));
        fallback?.Apply(body);
        body.Append(SectionPropertiesBuilder.Build(geometry, footer, firstHeader, firstHeader is not null && footer is not null ? FirstFooterId : null));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }
}
