using System.Globalization;
using Generator.Markup;
using Generator.Model;

namespace Generator.Core.Tests.Markup;

/// <summary>Writes what the markup parser made of a document as text, one block a line (<c>line: Kind text</c>), for the
/// examples of Specs/markup.md; a document that does not parse is written as its problems' positions (<c>error line:column</c>).</summary>
internal sealed class BlockDump : IBlockVisitor<string>
{
    private static readonly BlockDump Instance = new();

    public static string Of(MarkupParseResult result)
    {
        if (!result.Success) return string.Join("\n", result.Diagnostics.Select(d => $"error {d.Line}:{d.Column}"));
        var lines = result.Document.Blocks.Select(b => $"{b.Position.Line}: {b.Accept(Instance)}").ToList();
        var metadata = Metadata(result.Document.Metadata);
        if (metadata.Length > 0) lines.Add("Metadata" + metadata);
        return string.Join("\n", lines);
    }

    private static string Metadata(DocumentMetadata m) =>
        (m.Date is { } date ? " date=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
        + (m.Title.Length > 0 ? " title=" + m.Title : "")
        + (m.Author.Length > 0 ? " author=" + m.Author : "")
        + (m.Subject.Length > 0 ? " subject=" + m.Subject : "")
        + (m.Identifier.Length > 0 ? " id=" + m.Identifier : "")
        + (m.Language != "ja-JP" ? " language=" + m.Language : "");

    private static string Joined(IEnumerable<string> lines) => string.Join(" / ", lines);

    public string Visit(DocumentNumber block) => $"DocumentNumber {block.Text}";
    public string Visit(DocumentLabel block) => $"DocumentLabel {block.Text}";
    public string Visit(DateLine block) => $"DateLine {block.Text}";
    public string Visit(AddresseeGroup block) => $"AddresseeGroup {Joined(block.Lines)}" + (block.Honorific is { } h ? $" ({h})" : "");
    public string Visit(Sender block) => $"Sender {block.Text}" + (block.SealOmitted ? " " + Sender.SealOmittedText : "");
    public string Visit(Title block) => $"Title {block.Text}";
    public string Visit(Paragraph block) => $"Paragraph {block.Text}";
    public string Visit(NoteHeading block) => "NoteHeading";
    public string Visit(OutlineItem block) =>
        $"OutlineItem {block.Level} [{block.Label}] {block.Text}" + string.Concat(block.Continuations.Select(c => "\n  + " + c));
    public string Visit(ClosingMark block) => "ClosingMark";
    public string Visit(Attachment block) => $"Attachment {block.Text}";
    public string Visit(ContactBlock block) => $"ContactBlock {Joined(block.Lines)}";
    public string Visit(Table block) =>
        "Table" + (block.ColumnWidths.IsDefaultOrEmpty ? "" : " widths=" + string.Join(",", block.ColumnWidths)) + (block.HasHeader ? " header" : "")
        + string.Concat(block.Rows.Select(row => "\n  | " + string.Join(" | ", row.Select(cell => cell.Replace("|", "\\|"))) + " |"));
    public string Visit(AlignedLine block) => $"AlignedLine {block.Alignment.ToString().ToLowerInvariant()} {block.Text}";
    public string Visit(BlankLine block) => "BlankLine";
    public string Visit(PageBreak block) => "PageBreak";
}
