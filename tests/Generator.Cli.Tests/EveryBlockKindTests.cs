using System.Collections.Immutable;
using Generator.Cli.Tests.Support;
using Generator.Docx;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf;
using Generator.Writers.Text;

namespace Generator.Cli.Tests;

/// <summary>Every kind of <see cref="Block"/> through every writer: one sample of each kind (checked against the Core
/// assembly by reflection), written as txt, DOCX and PDF, and each sample's text found in each output.</summary>
/// <remarks>A new block kind fails this class twice: the reflection check until <see cref="Samples"/> has one, and the
/// build until <see cref="KindOf"/> (an <see cref="IBlockVisitor{T}"/>) handles it.</remarks>
public sealed class EveryBlockKindTests
{
    private static readonly SourcePosition At = SourcePosition.None;

    /// <summary>One block of every kind, each with texts found nowhere else in the document.</summary>
    private static readonly ImmutableArray<Block> Samples =
    [
        new DocumentNumber("総務第九九号", At),
        new DocumentLabel("事務連絡", At),
        new DateLine("令和七年四月一日", At),
        new AddresseeGroup(["青森県知事", "岩手県知事"], "殿", At),
        new Sender("総務省自治行政局長", SealOmitted: true, At),
        new Title("署名欄の追加について（通知）", At),
        new Paragraph("本文の段落です。", At),
        new NoteHeading(At),
        new OutlineItem(1, "１", "項目の本文", ["項目の続き"], At),
        new ClosingMark(At),
        new Attachment("○別添　参考資料", At),
        new ContactBlock(["担当　行政課", "電話　〇三"], At),
        new Table([["見出し左", "見出し右"], ["左の値", "右の値"]], [1, 2], HasHeader: true, At),
        new BlankLine(At),
        new PageBreak(At),
        new AlignedLine("（別紙）", LineAlignment.Right, At),
    ];

    private static Document SampleDocument() =>
        new(new DocumentMetadata("署名欄の追加について", "総務省", "全種類", new DateOnly(2025, 4, 1), "every-block-kind"), Samples);

    [Fact]
    public void The_samples_hold_exactly_one_block_of_every_kind_in_the_core_assembly()
    {
        var kinds = typeof(Block).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract)
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(16, kinds.Length);
        Assert.Equal(kinds, Samples.Select(b => b.GetType().Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Every_block_dispatches_to_the_visit_method_of_its_own_kind()
    {
        foreach (var block in Samples) Assert.Equal(block.GetType().Name, block.Accept(new KindOf()));
    }

    [Fact]
    public void Every_printing_block_has_its_texts_for_glyph_checks_and_fingerprints()
    {
        foreach (var block in Samples.Where(b => b is not BlankLine and not PageBreak))
            Assert.True(BlockText.Of(block).Any(), $"{block.GetType().Name} gives no text: it would be neither glyph-checked nor fingerprinted");
        Assert.Equal(["青森県知事", "岩手県知事", "殿"], BlockText.Of(Samples.OfType<AddresseeGroup>().Single()));
        Assert.Equal(["１", "項目の本文", "項目の続き"], BlockText.Of(Samples.OfType<OutlineItem>().Single()));
        Assert.Equal("True1,22", BlockSettings.Of(Samples.OfType<Table>().Single()));
    }

    [Fact]
    public void Every_block_has_a_spacing_rule_equal_by_instance_and_by_kind()
    {
        foreach (var block in Samples)
            Assert.Equal(BlockSpacing.Of(block), BlockSpacing.For(block.GetType()));
        Assert.Throws<ArgumentException>(() => BlockSpacing.For(typeof(string)));
    }

    [Fact]
    public void Every_block_text_appears_in_the_txt_docx_and_pdf_output()
    {
        var temp = CliRunner.TempDir();
        var document = SampleDocument();
        var expected = Samples.SelectMany(BlockText.Of).ToArray();
        Assert.Equal(23, expected.Length);

        var text = new PlainTextWriter().ToText(document);
        var docxPath = Path.Combine(temp, "every.docx");
        using (var file = File.Create(docxPath)) new DocxWriter().Write(document, file);
        var docx = DocxText.Text(docxPath);
        var pdfPath = Path.Combine(temp, "every.pdf");
        int pages;
        using (var file = File.Create(pdfPath)) pages = new PdfWriter().WritePaged(document, file);
        // pdftotext prints an ideographic space (U+3000) as an ASCII space: compare the PDF's text without spaces
        var pdf = WithoutSpaces(PdfTools.Text(pdfPath));

        foreach (var expectedText in expected)
        {
            Assert.Contains(expectedText, text);
            Assert.Contains(expectedText, docx);
            Assert.Contains(WithoutSpaces(expectedText), pdf);
        }
        // the blank line and the page break print no text: they show as an empty line and a second page for （別紙）
        Assert.Contains("\n\n\f\n", text);
        Assert.Equal(2, pages);
        Assert.Equal(2, PdfTools.Pages(pdfPath));
        Assert.Contains("w:br w:type=\"page\"", DocxXml(docxPath));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string DocxXml(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, isEditable: false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }

    /// <summary>Names the Visit method called: proves each kind's Accept dispatches to its own overload.</summary>
    private sealed class KindOf : IBlockVisitor<string>
    {
        public string Visit(DocumentNumber block) => nameof(DocumentNumber);
        public string Visit(DocumentLabel block) => nameof(DocumentLabel);
        public string Visit(DateLine block) => nameof(DateLine);
        public string Visit(AddresseeGroup block) => nameof(AddresseeGroup);
        public string Visit(Sender block) => nameof(Sender);
        public string Visit(Title block) => nameof(Title);
        public string Visit(Paragraph block) => nameof(Paragraph);
        public string Visit(NoteHeading block) => nameof(NoteHeading);
        public string Visit(OutlineItem block) => nameof(OutlineItem);
        public string Visit(ClosingMark block) => nameof(ClosingMark);
        public string Visit(Attachment block) => nameof(Attachment);
        public string Visit(ContactBlock block) => nameof(ContactBlock);
        public string Visit(Table block) => nameof(Table);
        public string Visit(AlignedLine block) => nameof(AlignedLine);
        public string Visit(BlankLine block) => nameof(BlankLine);
        public string Visit(PageBreak block) => nameof(PageBreak);
    }
}
