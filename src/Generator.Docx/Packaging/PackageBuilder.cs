using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Blocks;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using Generator.Layout;
using Document = Generator.Model.Document;

namespace Generator.Docx.Packaging;

/// <summary>The parts of a Word package, with fixed relationship ids (the library would otherwise make random ones):
/// those every letter shares (<see cref="AddSharedParts"/>) and the letter's own document.xml (<see cref="MainDocument"/>)
/// and core.xml.</summary>
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

    /// <summary>The package name of the letter's own main document part.</summary>
    public const string MainDocumentName = "word/document.xml";

    /// <summary>The package name of the letter's own core properties part.</summary>
    public const string CorePropertiesName = "docProps/core.xml";

    /// <summary>Whether a part of that name is written per letter (its content in the shared package is left empty).</summary>
    public static bool IsPerLetter(string name) => name is MainDocumentName or CorePropertiesName;

    /// <summary>Adds every part of the package; the main document and core properties parts only as empty parts, for the
    /// relationships and content types that name them. <paramref name="fallback"/> (null: none) names the MJ文字 font on
    /// runs of characters the body font lacks in the letterhead.</summary>
    public static void AddSharedParts(WordprocessingDocument package, LetterInvariants invariants, DocxGeometry geometry, FallbackFontRuns? fallback = null)
    {
        var main = package.AddNewPart<MainDocumentPart>(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", MainDocumentId);
        package.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId);

        main.AddNewPart<StyleDefinitionsPart>(StylesId).Styles = StyleSheetBuilder.Build(invariants, geometry);
        main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = SettingsBuilder.Build(geometry, invariants.Language);
        main.AddNewPart<FontTablePart>(FontTableId).Fonts = FontTableBuilder.Build(geometry.Options);
        var style = geometry.Options;
        var ids = PartIds.Of(style);
        if (ids.Footer is not null) main.AddNewPart<FooterPart>(FooterId).Footer = FooterBuilder.Build(style.PageNumbers);
        if (style.Letterhead is { } letterhead)
        {
            // a letterhead on page 1 only: a first-page header, and the first page's own copy of the footer
            var header = main.AddNewPart<HeaderPart>(FirstHeaderId);
            var letterheadHeader = LetterheadBuilder.Build(header, letterhead, geometry);
            fallback?.Apply(letterheadHeader);
            header.Header = letterheadHeader;
            if (ids.FirstFooter is not null) main.AddNewPart<FooterPart>(FirstFooterId).Footer = FooterBuilder.Build(style.PageNumbers);
        }
        if (style.Seal is { } sealImage)
        {
            using var stream = new MemoryStream([.. sealImage.Image.Bytes], writable: false);
            main.AddImagePart(ImagePartType.Png, SealImageId).FeedData(stream);
        }
    }

    /// <summary>The letter's w:document: its blocks and the section, referring to the shared parts by their ids;
    /// <paramref name="fallback"/> (null: none) names the MJ文字 font on runs of characters the body font lacks.</summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Document MainDocument(Document document, OutlineGeometry outline, DocxGeometry geometry,
        FallbackFontRuns? fallback = null)
    {
        var ids = PartIds.Of(geometry.Options);
        var body = new Body();
        body.Append(BodyBuilder.Build(document, new BlockRenderContext(geometry, ids.Seal) { Outline = outline }));
        fallback?.Apply(body);
        body.Append(SectionPropertiesBuilder.Build(geometry, ids.Footer, ids.FirstHeader, ids.FirstFooter));
        return new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }

    /// <summary>The relationship ids of the optional parts the house style has (null where it has none).</summary>
    private sealed record PartIds(string? Footer, string? FirstHeader, string? FirstFooter, string? Seal)
    {
        public static PartIds Of(Generator.Layout.PageLayoutOptions style)
        {
            var footer = style.PageNumbers == Generator.Layout.PageNumberFormat.None ? null : FooterId;
            var firstHeader = style.Letterhead is null ? null : FirstHeaderId;
            return new(footer, firstHeader, firstHeader is not null && footer is not null ? FirstFooterId : null,
                style.Seal is null ? null : SealImageId);
        }
    }
}
